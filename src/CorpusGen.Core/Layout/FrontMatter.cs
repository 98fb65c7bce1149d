using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Layout;

/// <summary>
/// An optional block of <c>key: value</c> lines between two <c>---</c> lines at the very top
/// (url, published, author, source...). Returns where the article proper starts.
/// </summary>
public static class FrontMatter
{
    [MethodImpl(Jit.Optimized)]
    public static int Read(string text, List<MetadataEntry> entries)
    {
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int lineEnd = LineEnd(text, start);
        if (!IsFence(text, start, lineEnd)) return start;

        var pending = new List<MetadataEntry>();
        int i = NextLine(text, lineEnd);
        while (i < text.Length)
        {
            lineEnd = LineEnd(text, i);
            if (IsFence(text, i, lineEnd))
            {
                entries.AddRange(pending);
                return NextLine(text, lineEnd);
            }
            int colon = text.IndexOf(':', i, lineEnd - i);
            if (colon > i)
            {
                var key = LayoutReader.Trim(text, new TextRange(i, colon));
                var value = LayoutReader.Trim(text, new TextRange(colon + 1, lineEnd));
                if (!key.IsEmpty)
                {
                    pending.Add(new MetadataEntry(key.Slice(text), Unquote(value.Slice(text)), value));
                }
            }
            i = NextLine(text, lineEnd);
        }
        // No closing fence: not front matter after all, so the text is read as it is.
        return start;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0]
            ? value.Substring(1, value.Length - 2)
            : value;

    private static bool IsFence(string text, int start, int end)
    {
        var line = LayoutReader.Trim(text, new TextRange(start, end));
        return line.Length == 3 && Words.At(text, line.Start, "---");
    }

    [MethodImpl(Jit.Optimized)]
    private static int LineEnd(string text, int start)
    {
        int i = start;
        while (i < text.Length && !LineIndex.IsLineBreak(text[i])) i++;
        return i;
    }

    private static int NextLine(string text, int lineEnd)
    {
        if (lineEnd >= text.Length) return text.Length;
        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }
}
