using System.Collections.Generic;

namespace CorpusGen.Core.Text;

/// <summary>
/// Marcia “Cia” Price, Robert "Bobby" Scott: one or two capitalised words in quote marks between a first
/// name and a surname are what the person is called. The marks open no quotation and end no name.
/// </summary>
public static class Nickname
{
    /// <summary>Whether the quote mark at <paramref name="i"/> opens or closes a nickname.</summary>
    public static bool IsMark(string text, List<Token> tokens, int i)
    {
        for (int open = i - 3; open <= i; open++)
        {
            if (open < 1 || open + 3 >= tokens.Count || tokens[open].Kind != TokenKind.QuoteMark) continue;
            int close = tokens[open + 2].Kind == TokenKind.QuoteMark ? open + 2 : open + 3;
            if ((close == i || open == i) && Between(text, tokens, open, close)) return true;
        }
        return false;
    }

    /// <summary>Whether the marks at <paramref name="open"/> and <paramref name="close"/> hold a nickname.</summary>
    public static bool Between(string text, List<Token> tokens, int open, int close)
    {
        if (open < 1 || close + 1 >= tokens.Count || close - open > 3 || tokens[open].Kind != TokenKind.QuoteMark || tokens[close].Kind != TokenKind.QuoteMark) return false;
        if (!Words.IsNameWord(text, tokens[open - 1]) || !Words.IsNameWord(text, tokens[close + 1])) return false;
        // Spaced as a name is: "Marcia “Cia” Price", not "ended“Cia”Price".
        if (tokens[open].Start != tokens[open - 1].End + 1 || tokens[close + 1].Start != tokens[close].End + 1) return false;
        for (int i = open + 1; i < close; i++)
        {
            if (!Words.IsNameWord(text, tokens[i])) return false;
        }
        return close > open + 1;
    }

    /// <summary>"Marcia “Cia” Price" without its nickname: "Marcia Price".</summary>
    public static string Without(string name)
    {
        int open = 1;
        while (open < name.Length && !(IsMarkChar(name[open]) && name[open - 1] == ' ')) open++;
        if (open >= name.Length) return name;
        int close = open;
        while (close < name.Length && IsMarkChar(name[close])) close++;
        while (close < name.Length && !IsMarkChar(name[close])) close++;
        int after = close;
        while (after < name.Length && IsMarkChar(name[after])) after++;
        if (close >= name.Length || after >= name.Length || name[after] != ' ') return name;
        return name.Substring(0, open) + name.Substring(after + 1);
    }

    private static bool IsMarkChar(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '`';
}
