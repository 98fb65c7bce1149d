using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace CorpusGen.Core.Naming;

/// <summary>
/// Turns titles and names into C# identifiers that are valid for any input (keywords, leading digits,
/// punctuation, any script) and unique within their class.
/// </summary>
public static class Identifiers
{
    /// <summary>Long titles are cut at a word boundary: an identifier is a handle, not the title.</summary>
    public const int MaxLength = 80;

    // C# keywords and contextual keywords: an identifier equal to one is written with @.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
        "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
        "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
        "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while", "add", "alias", "allows", "and", "ascending", "args", "async", "await", "by", "descending", "dynamic",
        "equals", "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join", "let", "managed",
        "nameof", "nint", "not", "notnull", "nuint", "on", "or", "orderby", "partial", "record", "remove", "required", "scoped",
        "select", "set", "unmanaged", "value", "var", "when", "where", "with", "yield",
    };

    private static readonly HashSet<string> InheritedMembers = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>"China must stop supporting Russia: NATO" → ChinaMustStopSupportingRussiaNato.</summary>
    [MethodImpl(Jit.Optimized)]
    public static string PascalCase(string? text, string fallback)
    {
        var result = new StringBuilder();
        var word = new StringBuilder();
        foreach (char c in text ?? "")
        {
            if (c is '\'' or '\u2019') continue; // "Russia’s" is one word
            if (char.IsLetterOrDigit(c) || (word.Length > 0 && IsCombining(c)))
            {
                word.Append(c);
                continue;
            }
            if (!Flush(word, result)) break;
        }
        Flush(word, result);

        var id = result.Length == 0 ? fallback : result.ToString();
        if (char.IsDigit(id[0])) id = "_" + id;
        return Keywords.Contains(id) ? "@" + id : id;
    }

    /// <summary>An identifier for a member of the class <paramref name="container"/>.</summary>
    public static string Member(string? text, string fallback, string container)
    {
        var id = PascalCase(text, fallback);
        return id == container || InheritedMembers.Contains(id) ? id + "_" : id;
    }

    /// <summary>A valid dotted namespace from a configured value, or null when nothing usable is left.</summary>
    [MethodImpl(Jit.Optimized)]
    public static string? Namespace(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var parts = new List<string>();
        foreach (var raw in value!.Split('.'))
        {
            var part = new StringBuilder();
            foreach (char c in raw.Trim())
            {
                part.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }
            if (part.Length == 0) continue;
            if (char.IsDigit(part[0])) part.Insert(0, '_');
            var id = part.ToString();
            if (Keywords.Contains(id)) id = "@" + id;
            parts.Add(id);
        }
        return parts.Count == 0 ? null : string.Join(".", parts);
    }

    /// <summary>
    /// Unique names for items in path order. An item keeps its wished name when it is the first to
    /// wish it; later ones get the lowest free number suffix (Title2, Title3). Returns, for each item,
    /// its name and the index of the item it clashed with (-1 when none).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static (string Name, int ClashesWith)[] MakeUnique(IReadOnlyList<string> wished)
    {
        var firstOwner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < wished.Count; i++)
        {
            if (!firstOwner.ContainsKey(wished[i])) firstOwner.Add(wished[i], i);
        }
        var taken = new HashSet<string>(firstOwner.Keys, StringComparer.Ordinal);
        var result = new (string, int)[wished.Count];
        for (int i = 0; i < wished.Count; i++)
        {
            int owner = firstOwner[wished[i]];
            if (owner == i)
            {
                result[i] = (wished[i], -1);
                continue;
            }
            int n = 2;
            string candidate;
            do
            {
                candidate = wished[i] + n.ToString(CultureInfo.InvariantCulture);
                n++;
            }
            while (!taken.Add(candidate));
            result[i] = (candidate, owner);
        }
        return result;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool Flush(StringBuilder word, StringBuilder result)
    {
        if (word.Length == 0) return true;
        if (result.Length + word.Length > MaxLength && result.Length > 0)
        {
            word.Clear();
            return false;
        }
        bool allUpper = word.Length > 1;
        for (int i = 0; i < word.Length; i++)
        {
            if (char.IsLower(word[i])) allUpper = false;
        }
        result.Append(char.ToUpperInvariant(word[0]));
        for (int i = 1; i < word.Length; i++)
        {
            result.Append(allUpper ? char.ToLowerInvariant(word[i]) : word[i]);
        }
        word.Clear();
        return true;
    }

    private static bool IsCombining(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
