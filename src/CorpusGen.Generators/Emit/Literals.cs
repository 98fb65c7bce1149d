using System.Globalization;
using System.Text;

namespace CorpusGen.Generators.Emit;

/// <summary>
/// Escaping for everything seed text can reach in generated code: string literals, UTF-8 literals and
/// XML doc comments. No seed content can end a literal or a comment early.
/// </summary>
internal static class Literals
{
    /// <summary>A regular C# string literal, quotes included.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        AppendEscaped(builder, value);
        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A UTF-8 literal (<c>"..."u8</c>), or null when the text has a lone surrogate, which UTF-8 cannot
    /// encode (the caller then falls back to a string literal, so the text still round-trips).
    /// </summary>
    public static string? Utf8(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(value[i])) return null;
        }
        return String(value) + "u8";
    }

    public static string Nullable(string? value) => value is null ? "null" : String(value);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>Text for one line of an XML doc comment: markup escaped, line breaks and controls made spaces.</summary>
    public static string XmlDoc(string text, int maxLength = 300)
    {
        var builder = new StringBuilder();
        foreach (char c in text)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    builder.Append(char.IsControl(c) || IsLineTerminator(c) || char.IsSurrogate(c) || IsBidiControl(c) ? ' ' : c);
                    break;
            }
        }
        return builder.ToString().Trim();
    }

    private static void AppendEscaped(StringBuilder builder, string value)
    {
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    // Controls, line terminators and bidirectional overrides are written as escapes: they
                    // could otherwise end the line or disguise the code around them. Surrogates too: an
                    // escaped pair is still one character, and a lone half stays exact in a string literal.
                    if (char.IsControl(c) || IsLineTerminator(c) || IsBidiControl(c) || char.IsSurrogate(c) || c == '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
    }

    private static bool IsLineTerminator(char c) => c is '\u0085' or '\u2028' or '\u2029';

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
