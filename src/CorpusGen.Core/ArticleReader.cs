using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Threading;
using CorpusGen.Core.Attribution;
using CorpusGen.Core.Entities;
using CorpusGen.Core.Layout;
using CorpusGen.Core.Quotes;
using CorpusGen.Core.Text;

namespace CorpusGen.Core;

/// <summary>
/// The one place that reads an article: text in, <see cref="ArticleModel"/> out. Every step is linear
/// in the text, no step throws on any input, and the result depends on nothing but the text.
/// </summary>
public static class ArticleReader
{
    /// <summary>Larger texts are neither read nor stored: the article is empty and reported as unreadable.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    [MethodImpl(Jit.Optimized)]
    public static ArticleModel Read(string text, CancellationToken cancellationToken = default)
    {
        var findings = new List<Finding>();
        if (text.Length > MaxLength)
        {
            // Too large to read or to store: the article is empty, and says why.
            return Unreadable("", $"larger than {MaxLength / (1024 * 1024)} MB");
        }
        if (LooksBinary(text))
        {
            findings.Add(new Finding(FindingKind.UnreadableSeed, new TextRange(0, 0), "not text"));
            return Empty(text, findings);
        }

        var layout = LayoutReader.Read(text);
        if (layout.Title is null)
        {
            findings.Add(new Finding(FindingKind.NoTitle, new TextRange(0, 0), ""));
        }
        cancellationToken.ThrowIfCancellationRequested();

        var ranges = new List<TextRange>();
        if (layout.Title is { } title) ranges.Add(title);
        ranges.AddRange(layout.Body);
        int firstBody = layout.Title is null ? 0 : 1;

        var quotes = QuoteScanner.Scan(text, ranges, findings);
        QuoteScanner.FindRepeatedWords(text, quotes, findings);
        cancellationToken.ThrowIfCancellationRequested();

        var markStarts = new HashSet<int>();
        foreach (var quote in quotes)
        {
            markStarts.Add(quote.Range.Start);
            markStarts.Add(quote.Content.End);
        }
        EntityTable entities;
        List<AttributedQuote> attributed;
        using (var scratch = ReadingScratch.Rent())
        {
            var tokenized = new List<Token>[ranges.Count];
            int tokenCount = 0;
            for (int i = 0; i < ranges.Count; i++)
            {
                tokenized[i] = Tokenizer.Tokenize(text, ranges[i], markStarts, scratch.TokenList(Tokenizer.ExpectedCount(ranges[i])));
                tokenCount += tokenized[i].Count;
            }
            cancellationToken.ThrowIfCancellationRequested();

            var words = scratch.Words(tokenCount);
            var passages = new List<Passage>(ranges.Count);
            for (int i = 0, start = 0; i < ranges.Count; start += tokenized[i].Count, i++)
            {
                passages.Add(new Passage(i - firstBody, ranges[i], tokenized[i], words, start));
            }
            entities = EntityRecognizer.Recognize(text, passages);
            attributed = Attributor.Attribute(text, quotes, passages, entities, layout.Dateline);
        }
        cancellationToken.ThrowIfCancellationRequested();

        var mentioned = entities.Mentioned();
        var index = new Dictionary<EntityBuilder, int>();
        for (int i = 0; i < mentioned.Count; i++) index[mentioned[i]] = i;

        var lines = new LineIndex(text);
        var quoteModels = new List<QuoteModel>(attributed.Count);
        foreach (var read in attributed)
        {
            var q = read.Quote;
            var (line, column) = lines.Position(q.Range.Start);
            SpeakerModel? speaker = read.SpeakerMention is { } mention
                ? new SpeakerModel(mention, read.Speaker is { } s && index.TryGetValue(s, out var e) ? e : -1)
                : null;
            quoteModels.Add(new QuoteModel(q.Range, q.Content, read.Kind, q.Depth, read.Passage.Paragraph, line, column, speaker, read.Cue));
            if (speaker is null && q.Depth == 0 && read.Kind != QuoteKind.ScareQuote && IsUncredited(read, entities))
            {
                findings.Add(new Finding(FindingKind.UnattributedQuote, new TextRange(q.Range.Start, q.Range.Start + 1), QuoteScanner.Excerpt(text, q.Content.Start)));
            }
        }

        var paragraphs = layout.Body.Select(r => new ParagraphModel(r, lines.Position(r.Start).Line)).ToEquatableArray();
        findings.Sort((a, b) => a.Range.Start != b.Range.Start ? a.Range.Start.CompareTo(b.Range.Start) : a.Kind.CompareTo(b.Kind));
        return new ArticleModel(
            text,
            layout.Title,
            layout.Breadcrumb.ToEquatableArray(),
            layout.Byline,
            layout.Dateline,
            paragraphs,
            layout.RelatedLinks.ToEquatableArray(),
            layout.Metadata.ToEquatableArray(),
            quoteModels.ToEquatableArray(),
            mentioned.Select(ToModel).ToEquatableArray(),
            findings.ToEquatableArray());
    }

    private static EntityModel ToModel(EntityBuilder e)
    {
        var aliases = new List<string>(e.Aliases.Count);
        foreach (var alias in e.Aliases)
        {
            if (alias != e.Name) aliases.Add(alias);
        }
        aliases.Sort(StringComparer.Ordinal);
        // The recognizer adds mentions in text order; a speaker found later may not be, and a stable
        // sort keeps two mentions that start together in the order they were found.
        var mentions = IsOrdered(e.Mentions) ? e.Mentions.ToEquatableArray() : e.Mentions.OrderBy(m => m.Start).ToEquatableArray();
        return new EntityModel(e.Kind, e.Key, e.Name, e.Acronym, aliases.ToEquatableArray(), e.Title, e.Affiliation, mentions);

        static bool IsOrdered(List<TextRange> mentions)
        {
            for (int i = 1; i < mentions.Count; i++)
            {
                if (mentions[i].Start < mentions[i - 1].Start) return false;
            }
            return true;
        }
    }

    /// <summary>
    /// Whether a quote with no speaker is really credited to nobody: it is in the body (headlines quote
    /// what the body credits) and its paragraph names no one outside the quotation. Where someone is
    /// named, the quote is almost always theirs in a way the templates missed, and a warning would be noise.
    /// </summary>
    private static bool IsUncredited(AttributedQuote read, EntityTable entities)
    {
        if (read.Passage.Paragraph < 0) return false;
        foreach (var (range, entity) in entities.MentionsIn(read.Passage.Range))
        {
            if (entity.Kind is EntityKind.Person or EntityKind.Organization && !read.Quote.Range.Contains(range)) return false;
        }
        return true;
    }

    /// <summary>The model of a seed that could not be read: no content, one unreadable finding.</summary>
    public static ArticleModel Unreadable(string text, string reason) =>
        Empty(text, new List<Finding> { new(FindingKind.UnreadableSeed, new TextRange(0, 0), reason) });

    private static ArticleModel Empty(string text, List<Finding> findings) => new(
        text, null, EquatableArray<TextRange>.Empty, null, null, EquatableArray<ParagraphModel>.Empty, EquatableArray<TextRange>.Empty,
        EquatableArray<MetadataEntry>.Empty, EquatableArray<QuoteModel>.Empty, EquatableArray<EntityModel>.Empty,
        findings.ToEquatableArray());

    /// <summary>
    /// Many NUL or other control characters mean the bytes were not text to begin with (an image, a zip);
    /// decoding them gives noise that no reader should try to make sense of. A stray NUL in real text does not.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static unsafe bool LooksBinary(string text)
    {
        int control = 0, nul = 0;
        int sample = Math.Min(text.Length, 8192);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            // The sample is most often the whole article: a vector with no control character is skipped at once.
            var space = new Vector<ushort>(' ');
            fixed (char* chars = text)
            {
                for (; i + Vector<ushort>.Count <= sample; i += Vector<ushort>.Count)
                {
                    if (Vector.LessThan(*(Vector<ushort>*)(chars + i), space) == Vector<ushort>.Zero) continue;
                    for (int j = i; j < i + Vector<ushort>.Count; j++) Count(chars[j]);
                }
            }
        }
        for (; i < sample; i++) Count(text[i]);
        return sample > 0 && (nul * 100 > sample || (nul + control) * 10 > sample);

        void Count(char c)
        {
            if (c >= ' ') return;
            if (c == '\0') nul++;
            else if (c is not '\t' and not '\n' and not '\r' and not '\f') control++;
        }
    }
}
