using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Quotes;

/// <summary>A paired quotation before it is classified and attributed.</summary>
public readonly record struct ScannedQuote(TextRange Range, TextRange Content, int Depth, int Paragraph);

/// <summary>
/// Pairs quotation marks paragraph by paragraph in one pass with a stack. A quotation still open at
/// the end of a paragraph continues when the next paragraph opens again (the news convention); any
/// other open mark is reported as unclosed and skipped, so one bad mark never loses the rest.
/// </summary>
public static class QuoteScanner
{
    private sealed class OpenMark
    {
        public OpenMark(QuoteMark mark, int paragraph, bool sameMarks)
        {
            Mark = mark;
            Paragraph = paragraph;
            SameMarks = sameMarks;
        }

        public QuoteMark Mark { get; }
        public int Paragraph { get; }
        public bool SameMarks { get; }

        // Nested-with-the-same-marks findings wait for the outer quotation to close: only then is the
        // nesting certain (otherwise the outer mark was simply never closed).
        public List<Finding>? Pending { get; set; }
    }

    [MethodImpl(Jit.Optimized)]
    public static List<ScannedQuote> Scan(string text, IReadOnlyList<TextRange> paragraphs, List<Finding> findings)
    {
        var quotes = new List<ScannedQuote>();
        var stack = new List<OpenMark>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            int i = para.Start;
            if (stack.Count == 1)
            {
                // Carried over: this paragraph reopens the quotation, so its first mark is not a new one.
                i = ReopenMark(text, para) is { } reopen && reopen.Family == stack[0].Mark.Family ? reopen.End : para.Start;
            }

            for (; i < para.End; i++)
            {
                i = QuoteMarkReader.NextMayBeMark(text, i, para.End);
                if (i < 0) break;
                var mark = QuoteMarkReader.Read(text, i, para.End, InnermostDouble(stack), TopSingle(stack));
                if (mark is not { } m) continue;
                if (m.Role == MarkRole.Open)
                {
                    bool same = !m.IsSingle ? InnermostDouble(stack) == m.Family : TopSingle(stack) == m.Family;
                    stack.Add(new OpenMark(m, p, same));
                }
                else
                {
                    Close(text, m, stack, quotes, findings);
                }
                i = m.End - 1;
            }

            EndParagraph(text, paragraphs, p, stack, findings);
        }
        return quotes;
    }

    [MethodImpl(Jit.Optimized)]
    private static void Close(string text, QuoteMark closer, List<OpenMark> stack, List<ScannedQuote> quotes, List<Finding> findings)
    {
        int at = stack.Count - 1;
        if (!closer.IsSingle)
        {
            // A double closer ends the innermost double quotation; single marks left open inside it were
            // apostrophes after all.
            while (at >= 0 && stack[at].Mark.IsSingle) at--;
        }
        if (at < 0)
        {
            if (closer.Family is MarkFamily.CurlyDouble or MarkFamily.Guillemet)
            {
                findings.Add(new Finding(FindingKind.StrayClosingMark, new TextRange(closer.Start, closer.End), Excerpt(text, closer.Start)));
            }
            return;
        }

        var open = stack[at];
        stack.RemoveRange(at, stack.Count - at);
        if (open.Mark.Family != closer.Family)
        {
            findings.Add(new Finding(FindingKind.MismatchedMarks, new TextRange(closer.Start, closer.End), Excerpt(text, open.Mark.Start)));
        }

        var content = new TextRange(open.Mark.End, closer.Start);
        if (IsEmptyContent(text, content))
        {
            findings.Add(new Finding(FindingKind.EmptyQuotation, new TextRange(open.Mark.Start, closer.End), Excerpt(text, open.Mark.Start)));
            return;
        }

        if (open.Pending is { } pending) findings.AddRange(pending);
        if (open.SameMarks)
        {
            var finding = new Finding(FindingKind.NestedSameMarks, new TextRange(open.Mark.Start, open.Mark.End), Excerpt(text, open.Mark.Start));
            var outer = Enclosing(stack, open.Mark.IsSingle);
            if (outer is null) findings.Add(finding);
            else (outer.Pending ??= new List<Finding>()).Add(finding);
        }
        quotes.Add(new ScannedQuote(new TextRange(open.Mark.Start, closer.End), content, stack.Count, open.Paragraph));
    }

    [MethodImpl(Jit.Optimized)]
    private static void EndParagraph(string text, IReadOnlyList<TextRange> paragraphs, int p, List<OpenMark> stack, List<Finding> findings)
    {
        if (stack.Count == 0) return;
        for (int k = stack.Count - 1; k >= 1; k--) Unclosed(text, stack[k], findings);
        stack.RemoveRange(1, stack.Count - 1);

        var bottom = stack[0];
        // Only the same kind of mark reopens: a paragraph opened with " is not continued by one opened with “.
        bool continues = !bottom.Mark.IsSingle
            && p + 1 < paragraphs.Count
            && ReopenMark(text, paragraphs[p + 1]) is { } reopen && reopen.Family == bottom.Mark.Family;
        if (!continues)
        {
            Unclosed(text, bottom, findings);
            stack.Clear();
        }
    }

    private static void Unclosed(string text, OpenMark open, List<Finding> findings)
    {
        // Only an ordinary opening mark is worth a warning; a lone straight or single mark is as
        // likely an inch sign or an apostrophe as a broken quotation.
        if (open.Mark.Family is MarkFamily.CurlyDouble or MarkFamily.Guillemet)
        {
            findings.Add(new Finding(FindingKind.UnclosedQuotation, new TextRange(open.Mark.Start, open.Mark.End), Excerpt(text, open.Mark.Start)));
        }
    }

    private static QuoteMark? ReopenMark(string text, TextRange paragraph)
    {
        var mark = QuoteMarkReader.Read(text, paragraph.Start, paragraph.End, null, null);
        return mark is { Role: MarkRole.Open } m && !m.IsSingle ? m : null;
    }

    [MethodImpl(Jit.Optimized)]
    private static OpenMark? Enclosing(List<OpenMark> stack, bool single)
    {
        for (int k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Mark.IsSingle == single) return stack[k];
        }
        return null;
    }

    [MethodImpl(Jit.Optimized)]
    private static MarkFamily? InnermostDouble(List<OpenMark> stack)
    {
        for (int k = stack.Count - 1; k >= 0; k--)
        {
            if (!stack[k].Mark.IsSingle) return stack[k].Mark.Family;
        }
        return null;
    }

    private static MarkFamily? TopSingle(List<OpenMark> stack) =>
        stack.Count > 0 && stack[stack.Count - 1].Mark.IsSingle ? stack[stack.Count - 1].Mark.Family : null;

    [MethodImpl(Jit.Optimized)]
    private static bool IsEmptyContent(string text, TextRange content)
    {
        for (int i = content.Start; i < content.End; i++)
        {
            if (char.IsLetterOrDigit(text[i])) return false;
        }
        return true;
    }

    /// <summary>
    /// "urged China to “to cease": the word before an opening mark repeated as the first word inside,
    /// the usual trace of a quotation pasted into a sentence that already had the word.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static void FindRepeatedWords(string text, IReadOnlyList<ScannedQuote> quotes, List<Finding> findings)
    {
        foreach (var quote in quotes)
        {
            int beforeEnd = quote.Range.Start;
            while (beforeEnd > 0 && text[beforeEnd - 1] == ' ') beforeEnd--;
            if (beforeEnd == quote.Range.Start) continue;
            int beforeStart = beforeEnd;
            while (beforeStart > 0 && char.IsLetter(text[beforeStart - 1])) beforeStart--;
            int insideEnd = quote.Content.Start;
            while (insideEnd < quote.Content.End && char.IsLetter(text[insideEnd])) insideEnd++;
            int length = beforeEnd - beforeStart;
            if (length == 0 || insideEnd - quote.Content.Start != length) continue;
            if (beforeStart > 0 && char.IsLetterOrDigit(text[beforeStart - 1])) continue;
            if (string.Compare(text, beforeStart, text, quote.Content.Start, length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                findings.Add(new Finding(FindingKind.RepeatedWordAtBoundary, new TextRange(beforeStart, insideEnd), Excerpt(text, beforeStart)));
            }
        }
    }

    /// <summary>A short, single-line piece of text from <paramref name="start"/>, for messages.</summary>
    [MethodImpl(Jit.Optimized)]
    public static string Excerpt(string text, int start, int maxLength = 30)
    {
        int end = start;
        while (end < text.Length && end - start < maxLength && !LineIndex.IsLineBreak(text[end])) end++;
        if (end < text.Length && char.IsLowSurrogate(text[end]) && end > start) end--;
        var excerpt = text.Substring(start, end - start).Trim();
        return end < text.Length && !LineIndex.IsLineBreak(text[end]) ? excerpt + "…" : excerpt;
    }
}
