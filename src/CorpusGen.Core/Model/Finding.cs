namespace CorpusGen.Core;

/// <summary>A problem the reader found in an article's text. The analyzer turns each into a diagnostic.</summary>
public enum FindingKind
{
    UnattributedQuote,
    UnclosedQuotation,
    StrayClosingMark,
    NestedSameMarks,
    MismatchedMarks,
    EmptyQuotation,
    RepeatedWordAtBoundary,
    UnreadableSeed,
    NoTitle,
}

/// <summary>A finding located in the text, with a short excerpt for the message.</summary>
public readonly record struct Finding(FindingKind Kind, TextRange Range, string Excerpt);
