namespace CorpusGen.Core.Text;

public enum TokenKind
{
    /// <summary>Letters and digits, with inner hyphens, apostrophes and the dots of "U.S.".</summary>
    Word,

    /// <summary>The possessive ’s or ’ split off a word.</summary>
    Possessive,

    /// <summary>A quotation mark found by the quote scanner.</summary>
    QuoteMark,

    /// <summary>Any other single character that is not white space.</summary>
    Punctuation,
}

public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public TextRange Range => new(Start, End);

    public bool IsWord => Kind == TokenKind.Word;
}
