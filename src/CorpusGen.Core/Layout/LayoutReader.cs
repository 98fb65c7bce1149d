using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Layout;

/// <summary>
/// Splits scraped article text into its page parts. Paragraphs are non-blank lines; the first is
/// the title, unless it is a breadcrumb glued to the title that the next block repeats
/// ("HomeInternationalChina must..." then "China must..."), which is how many news sites scrape.
/// </summary>
public static class LayoutReader
{
    /// <summary>Longer than this, a first block is body text, not a title.</summary>
    public const int MaxTitleLength = 300;

    private static readonly string[] RelatedLinkPrefixes =
    {
        "Also Read:", "Also read:", "ALSO READ:", "Read More:", "Read more:", "READ MORE:", "Read Also:", "Read also:",
        "See also:", "SEE ALSO:", "Related:", "RELATED:",
    };

    [MethodImpl(Jit.Optimized)]
    public static PageLayout Read(string text)
    {
        var layout = new PageLayout();
        var blocks = Blocks(text, FrontMatter.Read(text, layout.Metadata));
        // Rules ("---", "***") before the title are not text.
        while (blocks.Count > 0 && IsRule(text, blocks[0])) blocks.RemoveAt(0);
        int next = 0;
        if (blocks.Count > 0 && blocks[0].Length <= MaxTitleLength && !IsRelatedLink(text, blocks[0], out _))
        {
            var first = blocks[0];
            next = 1;
            if (blocks.Count > 1 && EndsWith(text, first, blocks[1]))
            {
                // Breadcrumb glued to the title: the second block is the title itself.
                var crumbs = new TextRange(first.Start, first.End - blocks[1].Length);
                SplitBreadcrumb(text, crumbs, layout.Breadcrumb);
                layout.Title = blocks[1];
                next = 2;
            }
            else
            {
                layout.Title = first;
            }
        }

        for (int i = next; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (layout.Title is { } title && SameText(text, block, title)) continue;
            if (IsRelatedLink(text, block, out var link))
            {
                if (!link.IsEmpty) layout.RelatedLinks.Add(link);
                continue;
            }
            if (layout.Byline is null && layout.Body.Count == 0 && IsByline(text, block))
            {
                layout.Byline = new TextRange(block.Start + 3, block.End);
                continue;
            }
            if (layout.Body.Count == 0) layout.Dateline = Dateline(text, block);
            layout.Body.Add(block);
        }
        return layout;
    }

    /// <summary>"By Jane Smith" or "By JANE SMITH, Associated Press": short, and nothing else.</summary>
    private static bool IsByline(string text, TextRange block) =>
        block.Length > 4 && block.Length <= 100
        && Words.At(text, block.Start, "By ")
        && char.IsUpper(text[block.Start + 3])
        && text.IndexOf('.', block.Start, block.Length) < 0;

    /// <summary>
    /// "WASHINGTON (AP) — The Senate..." · "KYIV, Ukraine — ...": a place in capitals, perhaps a
    /// region and an agency, then a dash. Returns the part before the dash.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static TextRange? Dateline(string text, TextRange block)
    {
        int limit = Math.Min(block.End, block.Start + 80);
        int i = block.Start;
        int capitals = 0;
        while (i < limit && (char.IsUpper(text[i]) || text[i] is ' ' or '.' or '\'' or '-' && i + 1 < limit && char.IsUpper(text[i + 1])))
        {
            if (char.IsUpper(text[i])) capitals++;
            i++;
        }
        // "FBI Director": a capitalised word, not a place in capitals.
        if (capitals < 3 || (i < limit && char.IsLower(text[i]) && char.IsUpper(text[i - 1]))) return null;
        int placeEnd = i;
        while (i < limit && text[i] != '\u2014' && text[i] != '\u2013' && !(text[i] == '-' && i + 1 < limit && text[i + 1] is '-' or ' ')) i++;
        if (i >= limit || i - placeEnd > 40) return null;
        var dateline = Trim(text, new TextRange(block.Start, i));
        return dateline.IsEmpty ? null : dateline;
    }

    /// <summary>
    /// Non-blank lines, trimmed of surrounding white space. Scraped news puts one paragraph on a line,
    /// with or without blank lines between; lines run together only in headline lists, whose items are
    /// separate too.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    internal static List<TextRange> Blocks(string text, int from)
    {
        var blocks = new List<TextRange>();
        int i = from;
        while (i < text.Length)
        {
            int lineEnd = text.IndexOfAny(LineIndex.LineBreaks, i);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = Trim(text, new TextRange(i, lineEnd));
            if (!line.IsEmpty) blocks.Add(line);
            i = lineEnd;
            if (i < text.Length) i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
        }
        return blocks;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool IsRule(string text, TextRange range)
    {
        if (range.Length < 3) return false;
        for (int i = range.Start; i < range.End; i++)
        {
            if (text[i] is not ('-' or '*' or '=' or '_' or '~' or '#' or ' ')) return false;
        }
        return true;
    }

    [MethodImpl(Jit.Optimized)]
    internal static TextRange Trim(string text, TextRange range)
    {
        int s = range.Start, e = range.End;
        while (s < e && IsBlank(text[s])) s++;
        while (e > s && IsBlank(text[e - 1])) e--;
        return new TextRange(s, e);
    }

    // Scraped pages are full of no-break and zero-width spaces that are not content.
    internal static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D';

    [MethodImpl(Jit.Optimized)]
    private static bool IsRelatedLink(string text, TextRange block, out TextRange link)
    {
        foreach (var prefix in RelatedLinkPrefixes)
        {
            if (block.Length > prefix.Length && Words.At(text, block.Start, prefix))
            {
                link = Trim(text, new TextRange(block.Start + prefix.Length, block.End));
                return true;
            }
        }
        link = default;
        return false;
    }

    private static bool EndsWith(string text, TextRange whole, TextRange tail) =>
        whole.Length > tail.Length
        && string.CompareOrdinal(text, whole.End - tail.Length, text, tail.Start, tail.Length) == 0;

    private static bool SameText(string text, TextRange a, TextRange b) =>
        a.Length == b.Length && string.CompareOrdinal(text, a.Start, text, b.Start, a.Length) == 0;

    /// <summary>
    /// "HomeInternational" or "Home › World › Asia": crumbs are split at separators, or where a lower-case
    /// letter is followed by an upper-case one (scrapers drop the separators).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static void SplitBreadcrumb(string text, TextRange crumbs, List<TextRange> output)
    {
        int start = crumbs.Start;
        for (int i = crumbs.Start; i < crumbs.End; i++)
        {
            char c = text[i];
            bool separator = c is '›' or '»' or '>' or '/' or '|' or '\u2022';
            bool glued = i > crumbs.Start && char.IsLower(text[i - 1]) && char.IsUpper(c);
            if (separator || glued)
            {
                Add(text, new TextRange(start, i), output);
                start = separator ? i + 1 : i;
            }
        }
        Add(text, new TextRange(start, crumbs.End), output);

        static void Add(string text, TextRange range, List<TextRange> output)
        {
            var trimmed = Trim(text, range);
            if (!trimmed.IsEmpty) output.Add(trimmed);
        }
    }
}
