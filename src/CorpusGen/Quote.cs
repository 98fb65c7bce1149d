using System.Collections.Generic;

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
    private readonly QuoteInfo _info;
    private string? _text;

    internal Quote(Article article, QuoteInfo info)
    {
        Article = article;
        _info = info;
    }

    public Article Article { get; }

    /// <summary>The quoted words, without the outer quotation marks.</summary>
    public string Text => _text ??= Article.Slice(_info.ContentStart, _info.ContentEnd);

    public QuoteKind Kind => _info.Kind;

    /// <summary>0 for a quotation in the running text, 1 for one inside another quotation.</summary>
    public int Depth => _info.Depth;

    public bool IsNested => _info.Depth > 0;

    /// <summary>The entity the quote is credited to, or null when it cannot be resolved.</summary>
    public Entity? Speaker => _info.Speaker;

    /// <summary>How the text names the speaker ("the alliance", "they", "Jens Stoltenberg").</summary>
    public string? SpeakerText => _info.SpeakerStart < 0 ? null : Article.Slice(_info.SpeakerStart, _info.SpeakerEnd);

    /// <summary>The attributing words ("said", "reportedly said", "was quoted as saying").</summary>
    public string? Cue => _info.CueStart < 0 ? null : Article.Slice(_info.CueStart, _info.CueEnd);

    /// <summary>Index into <see cref="CorpusGen.Article.Paragraphs"/> of the paragraph it starts in (-1: the title).</summary>
    public int ParagraphIndex => _info.Paragraph;

    /// <summary>1-based line of the opening mark in the seed file.</summary>
    public int Line => _info.Line;

    /// <summary>1-based column of the opening mark in the seed file.</summary>
    public int Column => _info.Column;

    /// <summary>Offset of the opening mark in <see cref="CorpusGen.Article.Text"/>.</summary>
    public int Start => _info.Start;

    /// <summary>Length including both quotation marks.</summary>
    public int Length => _info.End - _info.Start;

    public override string ToString() => $"“{Text}” ({Kind}{(SpeakerText is null ? "" : ", " + SpeakerText)})";
}

/// <summary>
/// One quote's numbers as the generated code records them (ArticleEmitter writes them in this order):
/// offsets into the article text, -1 for none.
/// </summary>
internal readonly struct QuoteInfo
{
    public const int Fields = 14;

    public QuoteInfo(int[] data, int at, IReadOnlyList<Entity> entities)
    {
        Start = data[at];
        End = data[at + 1];
        ContentStart = data[at + 2];
        ContentEnd = data[at + 3];
        Kind = (QuoteKind)data[at + 4];
        Depth = data[at + 5];
        Paragraph = data[at + 6];
        Line = data[at + 7];
        Column = data[at + 8];
        Speaker = data[at + 9] >= 0 ? entities[data[at + 9]] : null;
        SpeakerStart = data[at + 10];
        SpeakerEnd = data[at + 11];
        CueStart = data[at + 12];
        CueEnd = data[at + 13];
    }

    public int Start { get; }
    public int End { get; }
    public int ContentStart { get; }
    public int ContentEnd { get; }
    public QuoteKind Kind { get; }
    public int Depth { get; }
    public int Paragraph { get; }
    public int Line { get; }
    public int Column { get; }
    public Entity? Speaker { get; }
    public int SpeakerStart { get; }
    public int SpeakerEnd { get; }
    public int CueStart { get; }
    public int CueEnd { get; }
}
