using System;
using System.Collections.Generic;

namespace CorpusGen.Core.Text;

/// <summary>
/// What reading an article needs only while it reads: each passage's tokens and the words they cut, one
/// slot per token. They were a third of what reading allocated, so they are kept per thread and reused
/// from one article to the next.
/// </summary>
internal sealed class ReadingScratch : IDisposable
{
    // Larger buffers are not kept: one huge article would otherwise hold their memory for no later use.
    private const int MaxKeptWords = 1 << 20;
    private const int MaxKeptTokens = 1 << 16;
    private const int MaxKeptLists = 4096;

    [ThreadStatic]
    private static ReadingScratch? _spare;

    private readonly List<List<Token>> _tokenLists = new();
    private int _tokenListsUsed;
    private string?[] _words = new string?[1024];
    private int _wordsUsed;

    private ReadingScratch()
    {
    }

    public static ReadingScratch Rent()
    {
        var scratch = _spare ?? new ReadingScratch();
        _spare = null;
        return scratch;
    }

    /// <summary>An empty token list with room for <paramref name="capacity"/> tokens.</summary>
    public List<Token> TokenList(int capacity)
    {
        if (_tokenListsUsed == _tokenLists.Count) _tokenLists.Add(new List<Token>(capacity));
        var tokens = _tokenLists[_tokenListsUsed++];
        if (tokens.Capacity < capacity) tokens.Capacity = capacity;
        return tokens;
    }

    /// <summary>Empty word slots, at least <paramref name="count"/> of them.</summary>
    public string?[] Words(int count)
    {
        if (_words.Length < count) _words = new string?[count];
        _wordsUsed = Math.Max(_wordsUsed, count);
        return _words;
    }

    /// <summary>Empties everything (so no article's text is kept alive) and gives it back to the thread.</summary>
    public void Dispose()
    {
        Array.Clear(_words, 0, _wordsUsed);
        _wordsUsed = 0;
        if (_words.Length > MaxKeptWords) _words = new string?[1024];
        for (int i = 0; i < _tokenListsUsed; i++)
        {
            _tokenLists[i].Clear();
            if (_tokenLists[i].Capacity > MaxKeptTokens) _tokenLists[i] = new List<Token>();
        }
        _tokenListsUsed = 0;
        if (_tokenLists.Count > MaxKeptLists) _tokenLists.RemoveRange(MaxKeptLists, _tokenLists.Count - MaxKeptLists);
        _spare = this;
    }
}
