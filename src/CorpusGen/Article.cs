using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using CorpusGen.Core;

namespace CorpusGen;

/// <summary>
/// One seed article. Its text is stored once in the assembly (the seed file as a resource, or UTF-8
/// data in the code) and read on first use by the same reader the generator ran, so the generated code
/// holds no offsets and the article is exactly what the generator saw.
/// </summary>
public sealed class Article
{
    private readonly ArticleModel _model;
    private IReadOnlyList<string>? _paragraphTexts, _breadcrumbTexts, _relatedLinkTexts;
    private IReadOnlyList<Quote>? _quotes;
    private ArticleMetadata? _metadata;

    /// <summary>For each of the model's entities, the corpus entity it is (two can share one).</summary>
    private readonly Entity[] _entityOf;

    private Article(string sourceFile, ArticleModel model, EntityTable entities)
    {
        SourceFile = sourceFile;
        _model = model;
        (Entities, _entityOf) = entities.Resolve(model.Entities);
    }

    /// <summary>
    /// Called by generated code: the article in <paramref name="slot"/>, read from its text on first use.
    /// The reader is deterministic, so the article read here is the one the generator named and checked.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Article Read(ref Article? slot, string sourceFile, ArticleText text, EntityTable entities)
    {
        if (sourceFile is null) throw new ArgumentNullException(nameof(sourceFile));
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (entities is null) throw new ArgumentNullException(nameof(entities));
        var article = new Article(sourceFile, ArticleReader.Read(text.Read(sourceFile)), entities);
        return Interlocked.CompareExchange(ref slot, article, null) ?? article;
    }

    /// <summary>The seed file, relative to the project when it is inside it.</summary>
    public string SourceFile { get; }

    /// <summary>The whole seed text as read (without a byte order mark).</summary>
    public string Text => _model.Text;

    public string Title => _model.Title is { } title ? Slice(title) : "";

    /// <summary>The last breadcrumb ("International" in Home › International), or null.</summary>
    public string? Section => Breadcrumb.Count == 0 ? null : Breadcrumb[Breadcrumb.Count - 1];

    public IReadOnlyList<string> Breadcrumb => _breadcrumbTexts ??= Slices(_model.Breadcrumb);

    /// <summary>Who wrote it, from a "By ..." line ("Jane Smith, Associated Press"), or null.</summary>
    public string? Byline => _model.Byline is { } byline ? Slice(byline) : null;

    /// <summary>Where it was filed, from the start of the first paragraph ("WASHINGTON (AP)"), or null.</summary>
    public string? Dateline => _model.Dateline is { } dateline ? Slice(dateline) : null;

    /// <summary>Body paragraphs: not the title, its repeats, or "Also Read:" lines.</summary>
    public IReadOnlyList<string> Paragraphs => _paragraphTexts ??= MakeParagraphs();

    /// <summary>The first body paragraph.</summary>
    public string Lead => Paragraphs.Count == 0 ? "" : Paragraphs[0];

    /// <summary>Titles of linked articles ("Also Read: ..." lines).</summary>
    public IReadOnlyList<string> RelatedLinks => _relatedLinkTexts ??= Slices(_model.RelatedLinks);

    public IReadOnlyList<Quote> Quotes => _quotes ??= MakeQuotes();

    /// <summary>The people, organisations, places and documents it names, in order of first mention.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    public ArticleMetadata Metadata => _metadata ??= MakeMetadata();

    public override string ToString() => Title;

    internal string Slice(TextRange range) => range.Slice(_model.Text);

    private IReadOnlyList<string> Slices(EquatableArray<TextRange> ranges)
    {
        var result = new string[ranges.Count];
        for (int i = 0; i < result.Length; i++) result[i] = Slice(ranges[i]);
        return result;
    }

    private IReadOnlyList<string> MakeParagraphs()
    {
        var result = new string[_model.Paragraphs.Count];
        for (int i = 0; i < result.Length; i++) result[i] = Slice(_model.Paragraphs[i].Range);
        return result;
    }

    private IReadOnlyList<Quote> MakeQuotes()
    {
        var result = new Quote[_model.Quotes.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var quote = _model.Quotes[i];
            var speaker = quote.Speaker is { Entity: >= 0 } s ? _entityOf[s.Entity] : null;
            result[i] = new Quote(this, quote, speaker);
        }
        return result;
    }

    private ArticleMetadata MakeMetadata()
    {
        if (_model.Metadata.Count == 0) return ArticleMetadata.Empty;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in _model.Metadata) values[entry.Key] = Slice(entry.Range);
        return new ArticleMetadata(values);
    }
}
