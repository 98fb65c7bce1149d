using CorpusGen.Core;

namespace CorpusGen;

public enum QuoteKind
{
    /// <summary>A sentence or more that someone said.</summary>
    Speech,

    /// <summary>A fragment of someone's words inside reported speech.</summary>
    Partial,

    /// <summary>A term, title or so-called phrase that nobody is quoted as saying.</summary>
    ScareQuote,
}

/// <summary>A quotation in an article: its words, kind, speaker and cue, and where it stands in the seed file.</summary>
public sealed class Quote
{
    private readonly QuoteModel _model;
    private string? _text;

    internal Quote(Article article, QuoteModel model, Entity? speaker)
    {
        Article = article;
        _model = model;
        Speaker = speaker;
    }

    public Article Article { get; }

    /// <summary>The quoted words, without the outer quotation marks.</summary>
    public string Text => _text ??= Article.Slice(_model.Content);

    // The reader's kinds and these are declared in the same order.
    public QuoteKind Kind => (QuoteKind)_model.Kind;

    /// <summary>0 for a quotation in the running text, 1 for one inside another quotation.</summary>
    public int Depth => _model.Depth;

    public bool IsNested => _model.Depth > 0;

    /// <summary>The entity the quote is credited to, or null when it cannot be resolved.</summary>
    public Entity? Speaker { get; }

    /// <summary>How the text names the speaker ("the alliance", "they", "Jens Stoltenberg").</summary>
    public string? SpeakerText => _model.Speaker is { } speaker ? Article.Slice(speaker.Mention) : null;

    /// <summary>The attributing words ("said", "reportedly said", "was quoted as saying").</summary>
    public string? Cue => _model.Cue is { } cue ? Article.Slice(cue) : null;

    /// <summary>Index into <see cref="CorpusGen.Article.Paragraphs"/> of the paragraph it starts in (-1: the title).</summary>
    public int ParagraphIndex => _model.Paragraph;

    /// <summary>1-based line of the opening mark in the seed file.</summary>
    public int Line => _model.Line;

    /// <summary>1-based column of the opening mark in the seed file.</summary>
    public int Column => _model.Column;

    /// <summary>Offset of the opening mark in <see cref="CorpusGen.Article.Text"/>.</summary>
    public int Start => _model.Range.Start;

    /// <summary>Length including both quotation marks.</summary>
    public int Length => _model.Range.Length;

    public override string ToString() => $"“{Text}” ({Kind}{(SpeakerText is null ? "" : ", " + SpeakerText)})";
}
