namespace CorpusGen.Core;

/// <summary>What a quotation is doing in the sentence.</summary>
public enum QuoteKind
{
    /// <summary>A sentence or more that someone said.</summary>
    Speech,

    /// <summary>A fragment of someone's words inside reported speech.</summary>
    Partial,

    /// <summary>A term, title or so-called phrase that nobody is quoted as saying.</summary>
    ScareQuote,
}

public enum EntityKind
{
    Person,
    Organization,
    Place,

    /// <summary>A statement, declaration or report quoted as if it spoke.</summary>
    Document,
}
