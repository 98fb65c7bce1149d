namespace CorpusGen.Core.Quotes;

/// <summary>Marks that pair with each other: a closer of the same family ends a quotation properly.</summary>
public enum MarkFamily
{
    /// <summary>“ ” and the low „ that closes with “ or ”.</summary>
    CurlyDouble,
    /// <summary>‘ ’.</summary>
    CurlySingle,
    /// <summary>« ».</summary>
    Guillemet,
    /// <summary>‹ ›.</summary>
    SingleGuillemet,
    /// <summary>The typewriter ".</summary>
    Straight,
    /// <summary>The typewriter ' used as a quotation mark.</summary>
    StraightSingle,
    /// <summary>TeX-style `` and the '' that closes it (also used alone as a double quote).</summary>
    Doubled,
}

public enum MarkRole
{
    Open,
    Close,
}

/// <summary>One quotation mark found in the text (one or two characters long).</summary>
public readonly record struct QuoteMark(int Start, int Length, MarkFamily Family, MarkRole Role)
{
    public int End => Start + Length;

    /// <summary>Single marks nest inside double ones; the two levels never close each other.</summary>
    public bool IsSingle => Family is MarkFamily.CurlySingle or MarkFamily.SingleGuillemet or MarkFamily.StraightSingle;
}
