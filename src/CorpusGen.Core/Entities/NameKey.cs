using System.Runtime.CompilerServices;
using System.Text;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Entities;

/// <summary>
/// The one definition of when two surfaces name the same thing: typographic apostrophes and dashes
/// count as plain ones, and any run of space between words as one space. Names are hashed and compared
/// in that form straight from the text, so asking whether a span is a name makes no string.
/// </summary>
public static class NameKey
{
    /// <summary>The surface in its compared form; the same string when it is already in it.</summary>
    public static string Normalize(string surface)
    {
        if (IsNormal(surface)) return surface;
        var key = new StringBuilder(surface.Length);
        bool gap = false;
        foreach (char c in surface)
        {
            char plain = Plain(c);
            if (!SkipsGap(plain, ref gap)) key.Append(plain);
        }
        return key.ToString();
    }

    /// <summary>
    /// A name as it is shown: as the text spells it, but any run of space (a no-break space, a line
    /// break) one plain space, so "Donald\u00a0Trump" shows as "Donald Trump".
    /// </summary>
    public static string DisplayName(string surface)
    {
        bool plain = surface.IndexOf("  ", System.StringComparison.Ordinal) < 0;
        foreach (char c in surface) plain &= c == ' ' || !Tokenizer.IsGap(c);
        if (plain) return surface;
        var shown = new StringBuilder(surface.Length);
        bool gap = false;
        foreach (char c in surface)
        {
            char spaced = Tokenizer.IsGap(c) ? ' ' : c;
            if (!SkipsGap(spaced, ref gap)) shown.Append(spaced);
        }
        return shown.ToString();
    }

    /// <summary>
    /// A person's key: the name's compared form without middle initials ("Donald J. Trump" → "Donald
    /// Trump"), so that an article naming him either way gives the same person. Longer middles stay:
    /// "George H.W. Bush" is not "George W. Bush".
    /// </summary>
    public static string PersonKey(string name)
    {
        var key = Normalize(name);
        int first = key.IndexOf(' ');
        if (first < 0 || key.IndexOf(' ', first + 1) < 0) return key;
        var words = key.Split(' ');
        var kept = new StringBuilder(key.Length);
        for (int i = 0; i < words.Length; i++)
        {
            bool initial = words[i].Length == 1 || (words[i].Length == 2 && words[i][1] == '.');
            if (i > 0 && i < words.Length - 1 && initial && char.IsUpper(words[i][0])) continue;
            if (kept.Length > 0) kept.Append(' ');
            kept.Append(words[i]);
        }
        return kept.ToString();
    }

    /// <summary>FNV-1a over the compared form of text[start..end).</summary>
    [MethodImpl(Jit.Optimized)]
    public static int Hash(string text, int start, int end)
    {
        uint hash = 2166136261;
        bool gap = false;
        for (int i = start; i < end; i++)
        {
            char plain = Plain(text[i]);
            if (!SkipsGap(plain, ref gap)) hash = (hash ^ plain) * 16777619;
        }
        return (int)hash;
    }

    /// <summary>Whether text[start..end) in its compared form is <paramref name="key"/> (itself in that form).</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool Matches(string key, string text, int start, int end)
    {
        int k = 0;
        bool gap = false;
        for (int i = start; i < end; i++)
        {
            char plain = Plain(text[i]);
            if (SkipsGap(plain, ref gap)) continue;
            if (k == key.Length || key[k++] != plain) return false;
        }
        return k == key.Length;
    }

    private static bool IsNormal(string surface)
    {
        bool gap = false;
        foreach (char c in surface)
        {
            char plain = Plain(c);
            if (SkipsGap(plain, ref gap) || plain != c) return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="plain"/> is a space after a space, which the compared form leaves out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SkipsGap(char plain, ref bool gap)
    {
        bool skip = plain == ' ' && gap;
        gap = plain == ' ';
        return skip;
    }

    /// <summary>The character as names are compared: what separates tokens is a space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Plain(char c)
    {
        if (c > ' ' && c < '\u0085') return c;
        if (Tokenizer.IsGap(c)) return ' ';
        return c switch
        {
            '\u2019' or '\u2018' => '\'',
            '\u2011' => '-',
            _ => c,
        };
    }
}
