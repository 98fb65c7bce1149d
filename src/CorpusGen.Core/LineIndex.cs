using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core;

/// <summary>
/// Maps offsets to 1-based line and column. Line breaks are the ones Roslyn's SourceText knows
/// (CR LF, CR, LF, NEL, LS, PS), so that positions the core reports agree with the build's.
/// </summary>
public sealed class LineIndex
{
    private readonly List<int> _lineStarts = new() { 0 };

    /// <summary>Every character that ends a line; searched for all at once (the runtime vectorises it).</summary>
    public static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    [MethodImpl(Jit.Optimized)]
    public LineIndex(string text)
    {
        for (int i = text.IndexOfAny(LineBreaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            _lineStarts.Add(i + 1);
        }
    }

    public int LineCount => _lineStarts.Count;

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>0-based line of an offset.</summary>
    [MethodImpl(Jit.Optimized)]
    public int LineOf(int offset)
    {
        int lo = 0, hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>1-based line and column, as a build prints them.</summary>
    public (int Line, int Column) Position(int offset)
    {
        int line = LineOf(offset);
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
