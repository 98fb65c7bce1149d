using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Quotes;

namespace CorpusGen.Core.Text;

/// <summary>
/// Splits a paragraph into words and punctuation in one pass. Quotation marks come from the scanner
/// (it alone knows an apostrophe from a closing mark), so they are passed in as positions.
/// </summary>
public static class Tokenizer
{
    /// <summary>Room for the tokens of <paramref name="range"/> in most text: news runs about five characters a token.</summary>
    public static int ExpectedCount(TextRange range) => range.Length / 5 + 4;

    /// <summary>Adds the tokens of <paramref name="range"/> to <paramref name="tokens"/> and returns it.</summary>
    [MethodImpl(Jit.Optimized)]
    public static List<Token> Tokenize(string text, TextRange range, HashSet<int> quoteMarkStarts, List<Token> tokens)
    {
        int i = range.Start;
        while (i < range.End)
        {
            char c = text[i];
            if (c == ' ')
            {
                // The most common character between tokens, tested first.
                i++;
                continue;
            }
            if (QuoteMarkReader.MayBeMark(c) && quoteMarkStarts.Contains(i))
            {
                int len = (c == '`' || c == '\'') && i + 1 < range.End && text[i + 1] == c ? 2 : 1;
                tokens.Add(new Token(i, i + len, TokenKind.QuoteMark));
                i += len;
            }
            else if (char.IsLetterOrDigit(c))
            {
                int end = WordEnd(text, i, range.End, quoteMarkStarts);
                if (IsPossessiveAt(text, end, range.End, out int possessiveEnd) && !quoteMarkStarts.Contains(end))
                {
                    // "He’s claiming": after a pronoun, ’s is "is" or "has", a word of its own.
                    var kind = IsContractingPronoun(text, i, end) ? TokenKind.Word : TokenKind.Possessive;
                    tokens.Add(new Token(i, end, TokenKind.Word));
                    tokens.Add(new Token(end, possessiveEnd, kind));
                    i = possessiveEnd;
                }
                else
                {
                    tokens.Add(new Token(i, end, TokenKind.Word));
                    i = end;
                }
            }
            else if (IsGap(c))
            {
                i++;
            }
            else
            {
                int len = char.IsHighSurrogate(c) && i + 1 < range.End ? 2 : 1;
                tokens.Add(new Token(i, i + len, TokenKind.Punctuation));
                i += len;
            }
        }
        return tokens;
    }

    /// <summary>What separates tokens: white space and the invisible zero-width space and byte order mark.</summary>
    public static bool IsGap(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    [MethodImpl(Jit.Optimized)]
    private static int WordEnd(string text, int i, int end, HashSet<int> marks)
    {
        int j = i + 1;
        while (j < end)
        {
            char c = text[j];
            if (IsWordChar(c))
            {
                j++;
                continue;
            }
            if (QuoteMarkReader.MayBeMark(c) && marks.Contains(j)) break;
            if (c is '.' or ',' && char.IsDigit(text[j - 1]) && j + 1 < end && char.IsDigit(text[j + 1]))
            {
                // "1.6 billion", "35,000": one number.
                j++;
                continue;
            }
            // "Russia’s" keeps its possessive apart; "didn’t", "Secretary-General", "AT&T" stay whole.
            if (c is '\'' or '\u2019' && IsPossessiveAt(text, j, end, out _)) break;
            if (c is '-' or '\u2011' or '\'' or '\u2019' or '&' && j + 1 < end && IsWordChar(text[j + 1]))
            {
                j++;
                continue;
            }
            if (c == '.' && char.IsLetter(text[j - 1]) && (j - 1 == i || text[j - 2] == '.'))
            {
                // Initialisms keep their dots: "U.S.", "D.C.".
                if (j + 1 < end && char.IsLetter(text[j + 1]) && (j + 2 >= end || !IsWordChar(text[j + 2])))
                {
                    j++;
                    continue;
                }
                if (j - 1 > i) j++;
            }
            break;
        }
        return j;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9
                : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static readonly string[] ContractingPronouns = { "he", "she", "it", "that", "there", "what", "who", "here", "where", "let" };

    private static bool IsContractingPronoun(string text, int start, int end)
    {
        foreach (var pronoun in ContractingPronouns)
        {
            if (pronoun.Length == end - start && string.Compare(text, start, pronoun, 0, pronoun.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }
        return false;
    }

    /// <summary>’s or 's ending a word, or a lone ’ after an s (plural possessive: "players’ union").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPossessiveAt(string text, int i, int end, out int possessiveEnd)
    {
        possessiveEnd = i;
        if (i >= end || text[i] is not ('\'' or '\u2019')) return false;
        if (i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
        {
            possessiveEnd = i + 2;
            return true;
        }
        return false;
    }
}
