using System.Collections.Generic;
using CorpusGen.Core;
using CorpusGen.Core.Diagnostics;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generators;

/// <summary>
/// The Roslyn form of every rule in <see cref="Rules"/> (the one list of diagnostics, shared with the
/// command line). IDs and categories are passed as constants so that release tracking can check them.
/// Each has a help page in docs/diagnostics.
/// </summary>
public static class DiagnosticDescriptors
{
    public const string HelpBase = "https://github.com/corpusgen/corpusgen/blob/main/";

    public static readonly DiagnosticDescriptor UnclosedQuotation = Create(RuleIds.UnclosedQuotation, Rules.UnclosedQuotation, Rules.Quotes);
    public static readonly DiagnosticDescriptor StrayClosingMark = Create(RuleIds.StrayClosingMark, Rules.StrayClosingMark, Rules.Quotes);
    public static readonly DiagnosticDescriptor NestedSameMarks = Create(RuleIds.NestedSameMarks, Rules.NestedSameMarks, Rules.Quotes);
    public static readonly DiagnosticDescriptor MismatchedMarks = Create(RuleIds.MismatchedMarks, Rules.MismatchedMarks, Rules.Quotes);
    public static readonly DiagnosticDescriptor EmptyQuotation = Create(RuleIds.EmptyQuotation, Rules.EmptyQuotation, Rules.Quotes);
    public static readonly DiagnosticDescriptor RepeatedWordAtBoundary = Create(RuleIds.RepeatedWordAtBoundary, Rules.RepeatedWordAtBoundary, Rules.Quotes);
    public static readonly DiagnosticDescriptor UnattributedQuote = Create(RuleIds.UnattributedQuote, Rules.UnattributedQuote, Rules.Attribution);
    public static readonly DiagnosticDescriptor UnreadableSeed = Create(RuleIds.UnreadableSeed, Rules.UnreadableSeed, Rules.Seeds);
    public static readonly DiagnosticDescriptor NoTitle = Create(RuleIds.NoTitle, Rules.NoTitle, Rules.Seeds);
    public static readonly DiagnosticDescriptor DuplicateArticleName = Create(RuleIds.DuplicateArticleName, Rules.DuplicateArticleName, Rules.Seeds);
    public static readonly DiagnosticDescriptor GenerationFailed = Create(RuleIds.GenerationFailed, Rules.GenerationFailed, Rules.Tool);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [RuleIds.UnclosedQuotation] = UnclosedQuotation,
        [RuleIds.StrayClosingMark] = StrayClosingMark,
        [RuleIds.NestedSameMarks] = NestedSameMarks,
        [RuleIds.MismatchedMarks] = MismatchedMarks,
        [RuleIds.EmptyQuotation] = EmptyQuotation,
        [RuleIds.RepeatedWordAtBoundary] = RepeatedWordAtBoundary,
        [RuleIds.UnattributedQuote] = UnattributedQuote,
        [RuleIds.UnreadableSeed] = UnreadableSeed,
        [RuleIds.NoTitle] = NoTitle,
        [RuleIds.DuplicateArticleName] = DuplicateArticleName,
        [RuleIds.GenerationFailed] = GenerationFailed,
    };

    /// <summary>The descriptor that reports a core finding.</summary>
    public static DiagnosticDescriptor For(FindingKind kind) => ById[Rules.For(kind).Id];

    private static DiagnosticDescriptor Create(string id, Rule rule, string category) =>
        new(id, rule.Title, rule.MessageFormat, category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpBase + rule.HelpPage);
}
