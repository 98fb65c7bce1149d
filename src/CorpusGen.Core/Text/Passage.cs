using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Text;

/// <summary>
/// A paragraph with its tokens. <see cref="Paragraph"/> is the body paragraph index, or -1 for the title.
/// </summary>
public sealed class Passage
{
    public Passage(int paragraph, TextRange range, List<Token> tokens)
        : this(paragraph, range, tokens, new string?[tokens.Count], 0)
    {
    }

    /// <summary>A passage whose words are kept in <paramref name="words"/> from <paramref name="wordsStart"/> on.</summary>
    public Passage(int paragraph, TextRange range, List<Token> tokens, string?[] words, int wordsStart)
    {
        Paragraph = paragraph;
        Range = range;
        Tokens = tokens;
        _words = words;
        _wordsStart = wordsStart;
    }

    private readonly string?[] _words;
    private readonly int _wordsStart;

    public int Paragraph { get; }
    public TextRange Range { get; }
    public List<Token> Tokens { get; }

    /// <summary>The text of token <paramref name="index"/>, made once and kept: readers ask for the same words often.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string Word(string text, int index) =>
        _words[_wordsStart + index] ??= text.Substring(Tokens[index].Start, Tokens[index].Length);

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/>.</summary>
    [MethodImpl(Jit.Optimized)]
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
