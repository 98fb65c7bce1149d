using System.Runtime.CompilerServices;

namespace CorpusGen.Core;

/// <summary>
/// Everything read from one article, as values: offsets into <see cref="Text"/> rather than strings
/// or Roslyn objects, so two readings of the same text are equal and the generator can cache them.
/// </summary>
public sealed record ArticleModel(
    string Text,
    TextRange? Title,
    EquatableArray<TextRange> Breadcrumb,
    TextRange? Byline,
    TextRange? Dateline,
    EquatableArray<ParagraphModel> Paragraphs,
    EquatableArray<TextRange> RelatedLinks,
    EquatableArray<MetadataEntry> Metadata,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<EntityModel> Entities,
    EquatableArray<Finding> Findings)
{
    /// <summary>The last breadcrumb ("International" in Home › International).</summary>
    public TextRange? Section => Breadcrumb.Count == 0 ? null : Breadcrumb[Breadcrumb.Count - 1];

    public string? TitleText => Title?.Slice(Text);

    [MethodImpl(Jit.Optimized)]
    public string? MetadataValue(string key)
    {
        foreach (var entry in Metadata)
        {
            if (string.Equals(entry.Key, key, System.StringComparison.OrdinalIgnoreCase)) return entry.Value;
        }
        return null;
    }
}

/// <summary>A body paragraph and the 1-based line it starts on.</summary>
public readonly record struct ParagraphModel(TextRange Range, int Line);

/// <summary>A front matter line (<c>key: value</c>).</summary>
public readonly record struct MetadataEntry(string Key, string Value, TextRange Range);

/// <summary>
/// A quotation. <see cref="Range"/> includes the marks; <see cref="Content"/> is what is between them.
/// A quotation continued over paragraphs is one quote whose range spans them.
/// </summary>
public sealed record QuoteModel(
    TextRange Range,
    TextRange Content,
    QuoteKind Kind,
    int Depth,
    int Paragraph,
    int Line,
    int Column,
    SpeakerModel? Speaker,
    TextRange? Cue);

/// <summary>
/// Who a quote is credited to: the mention in the text (a name, "the alliance", "they") and the entity
/// it resolves to (an index into <see cref="ArticleModel.Entities"/>, or -1 when it names nobody known).
/// </summary>
public readonly record struct SpeakerModel(TextRange Mention, int Entity);

/// <summary>
/// A person, organisation, place or document named in an article. <see cref="Key"/> identifies the
/// referent across articles (the same key in two articles is the same entity).
/// </summary>
public sealed record EntityModel(
    EntityKind Kind,
    string Key,
    string Name,
    string? Acronym,
    EquatableArray<string> Aliases,
    string? Title,
    string? Affiliation,
    EquatableArray<TextRange> Mentions);
