using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Text;

/// <summary>
/// The shapes of a list of words: one bit for each first two letters (in either case) and length, 26 ×
/// 26 × 16 bits. A word whose bit is clear is in no list of that shape, in any case, and is let go before
/// it is hashed (or, asked where it stands, before its string is made). The readers ask the word lists
/// about most words they pass, and most words are in none.
/// </summary>
public sealed class WordShapes
{
    private readonly ulong[] _bits = new ulong[26 * 26 * 16 / 64];

    public WordShapes()
    {
    }

    public WordShapes(IEnumerable<string> words)
    {
        foreach (var word in words) Add(word);
    }

    public void Add(string word)
    {
        // A word not opening with two ASCII letters has no bit: such words are always looked up.
        int shape = Shape(word, 0, word.Length);
        if (shape >= 0) _bits[shape >> 6] |= 1UL << shape;
    }

    /// <summary>Whether text[start..start+length) may be one of the words; false only where none can be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(string text, int start, int length)
    {
        int shape = Shape(text, start, length);
        return shape < 0 || (_bits[shape >> 6] & (1UL << shape)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Shape(string text, int start, int length)
    {
        if (length < 2) return -1;
        uint first = (uint)((text[start] | 0x20) - 'a'), second = (uint)((text[start + 1] | 0x20) - 'a');
        return first < 26 && second < 26 ? (int)((first * 26 + second) * 16) + Math.Min(length, 15) : -1;
    }
}

/// <summary>A word list, asked through its <see cref="WordShapes"/> first.</summary>
public sealed class WordSet : IEnumerable<string>
{
    private readonly HashSet<string> _words;
    private readonly WordShapes _shapes = new();

    /// <summary>An empty list, filled with <see cref="Add"/>.</summary>
    public WordSet(StringComparer comparer)
        : this(Array.Empty<string>(), comparer)
    {
    }

    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        _words = new HashSet<string>(comparer);
        foreach (var word in words) Add(word);
    }

    public void Add(string word)
    {
        _words.Add(word);
        _shapes.Add(word);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(string word) => _shapes.MayContain(word, 0, word.Length) && _words.Contains(word);

    /// <summary>Whether <paramref name="word"/> in small letters is in the set ("Says"); lowered only when its shape is.</summary>
    public bool ContainsLowered(string word) => _shapes.MayContain(word, 0, word.Length) && _words.Contains(word.ToLowerInvariant());

    /// <summary>Whether text[start..start+length) is in the set; its string is made only when its shape is.</summary>
    public bool Contains(string text, int start, int length) => _shapes.MayContain(text, start, length) && _words.Contains(text.Substring(start, length));

    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
