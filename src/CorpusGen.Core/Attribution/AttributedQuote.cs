using CorpusGen.Core.Entities;
using CorpusGen.Core.Quotes;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Attribution;

/// <summary>A quote once read: its kind, and who said it with which cue.</summary>
public sealed class AttributedQuote
{
    public AttributedQuote(ScannedQuote quote, Passage passage)
    {
        Quote = quote;
        Passage = passage;
    }

    public ScannedQuote Quote { get; }
    public Passage Passage { get; }
    public QuoteKind Kind { get; set; }
    public TextRange? SpeakerMention { get; set; }
    public EntityBuilder? Speaker { get; set; }
    public TextRange? Cue { get; set; }
}
