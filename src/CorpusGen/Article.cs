using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace CorpusGen;

/// <summary>
/// One seed article. Its text is stored once in the assembly (the seed file as a resource, or UTF-8
/// data in the code) and every other string is cut from it on first use.
/// </summary>
public sealed class Article
{
    private readonly ArticleText _source;
    private readonly int[] _title, _breadcrumb, _byline, _dateline, _paragraphs, _relatedLinks, _metadata;
    private readonly string[] _metadataKeys;
    private readonly int[] _quoteData;
    private string? _text;
    private IReadOnlyList<string>? _paragraphTexts, _breadcrumbTexts, _relatedLinkTexts;
    private IReadOnlyList<Quote>? _quotes;
    private ArticleMetadata? _metadataObject;

    private Article(string sourceFile, ArticleText text, byte[] data, string[] metadataKeys, EntityTable entities)
    {
        SourceFile = sourceFile ?? throw new ArgumentNullException(nameof(sourceFile));
        _source = text ?? throw new ArgumentNullException(nameof(text));
        var sections = Layout.Parse(data, 8, out int keys);
        _title = sections[0];
        _breadcrumb = sections[1];
        _byline = sections[2];
        _dateline = sections[3];
        _paragraphs = sections[4];
        _relatedLinks = sections[5];
        _metadata = sections[6];
        _quoteData = sections[7];
        _metadataKeys = metadataKeys ?? Array.Empty<string>();
        Entities = entities.Resolve(data, keys);
    }

    /// <summary>
    /// Called by generated code: the article in <paramref name="slot"/>, made from its data on first
    /// use. <paramref name="data"/> is in the format of the internal Layout class: offsets into the
    /// text (title; breadcrumb; byline; dateline; paragraphs; related links; metadata values; quotes of
    /// fourteen numbers each), then the keys of the article's entities.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Article Load(ref Article? slot, string sourceFile, ArticleText text, byte[] data, string[] metadataKeys, EntityTable entities)
    {
        if (entities is null) throw new ArgumentNullException(nameof(entities));
        var article = new Article(sourceFile, text, data, metadataKeys, entities);
        return Interlocked.CompareExchange(ref slot, article, null) ?? article;
    }

    /// <summary>The seed file, relative to the project when it is inside it.</summary>
    public string SourceFile { get; }

    /// <summary>The whole seed text as read (without a byte order mark).</summary>
    public string Text => _text ?? Interlocked.CompareExchange(ref _text, _source.Read(SourceFile), null) ?? _text!;

    public string Title => _title.Length == 0 ? "" : Slice(_title[0], _title[1]);

    /// <summary>The last breadcrumb ("International" in Home › International), or null.</summary>
    public string? Section => Breadcrumb.Count == 0 ? null : Breadcrumb[Breadcrumb.Count - 1];

    public IReadOnlyList<string> Breadcrumb => _breadcrumbTexts ??= Slices(_breadcrumb);

    /// <summary>Who wrote it, from a "By ..." line ("Jane Smith, Associated Press"), or null.</summary>
    public string? Byline => _byline.Length == 0 ? null : Slice(_byline[0], _byline[1]);

    /// <summary>Where it was filed, from the start of the first paragraph ("WASHINGTON (AP)"), or null.</summary>
    public string? Dateline => _dateline.Length == 0 ? null : Slice(_dateline[0], _dateline[1]);

    /// <summary>Body paragraphs: not the title, its repeats, or "Also Read:" lines.</summary>
    public IReadOnlyList<string> Paragraphs => _paragraphTexts ??= Slices(_paragraphs);

    /// <summary>The first body paragraph.</summary>
    public string Lead => Paragraphs.Count == 0 ? "" : Paragraphs[0];

    /// <summary>Titles of linked articles ("Also Read: ..." lines).</summary>
    public IReadOnlyList<string> RelatedLinks => _relatedLinkTexts ??= Slices(_relatedLinks);

    public IReadOnlyList<Quote> Quotes => _quotes ??= MakeQuotes();

    /// <summary>The people, organisations, places and documents it names, in order of first mention.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    public ArticleMetadata Metadata => _metadataObject ??= MakeMetadata();

    public override string ToString() => Title;

    internal string Slice(int start, int end) => Text.Substring(start, end - start);

    private IReadOnlyList<string> Slices(int[] pairs)
    {
        var result = new string[pairs.Length / 2];
        for (int i = 0; i < result.Length; i++) result[i] = Slice(pairs[2 * i], pairs[2 * i + 1]);
        return result;
    }

    private IReadOnlyList<Quote> MakeQuotes()
    {
        var result = new Quote[_quoteData.Length / QuoteInfo.Fields];
        for (int i = 0; i < result.Length; i++) result[i] = new Quote(this, new QuoteInfo(_quoteData, i * QuoteInfo.Fields, Entities));
        return result;
    }

    private ArticleMetadata MakeMetadata()
    {
        if (_metadataKeys.Length == 0) return ArticleMetadata.Empty;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < _metadataKeys.Length; i++) values[_metadataKeys[i]] = Slice(_metadata[2 * i], _metadata[2 * i + 1]);
        return new ArticleMetadata(values);
    }
}
