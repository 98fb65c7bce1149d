using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Entities;
using CorpusGen.Core.Quotes;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Attribution;

/// <summary>
/// Finds each quotation's cue and speaker with the templates news uses (“Q,” S said · “Q,” said S ·
/// S said: “Q” · S urged X to “Q”), resolves pronouns and descriptions to entities, lets a quote with no
/// cue of its own inherit the speaker of the quote just before it, and decides its kind.
/// </summary>
public sealed partial class Attributor
{
    /// <summary>How many tokens a speaker phrase may have between a quote and its cue.</summary>
    private const int MaxSpeakerTokens = 14;

    /// <summary>How far after a quote its cue may stand (“Q,” who has won twice, the board writes).</summary>
    private const int MaxCueWindow = 20;

    /// <summary>How far before a quote a cue may stand ("urged China to “...”").</summary>
    private const int MaxCueDistance = 10;

    /// <summary>How far any look inside one sentence goes, so that reading stays linear.</summary>
    private const int MaxSentenceTokens = 40;

    /// <summary>How long a signature line under a quotation may be ("- Sen. Maria Lopez").</summary>
    private const int MaxSignatureTokens = 8;

    /// <summary>The most tokens a search for a cue visits, quotations it passes over included.</summary>
    private const int MaxVisitedTokens = 4 * MaxSentenceTokens;

    private readonly string _text;
    private readonly EntityTable _entities;

    /// <summary>The dateline ("WASHINGTON --"), or empty: it opens a paragraph but never speaks.</summary>
    private readonly TextRange _dateline;
    private EntityBuilder? _lastPerson, _lastIt, _lastThey;
    private AttributedQuote? _lastAttributed;

    /// <summary>
    /// Speaker phrases found as the antecedent of a relative pronoun that is itself the subject of the
    /// cue ("Maria Lopez, who said"), with that pronoun: the pronoun is the mention, as "she" would be.
    /// Kept for the quote being read only.
    /// </summary>
    private readonly Dictionary<TextRange, TextRange> _relativeSubjects = new();

    /// <summary>The article's passages; the body's are those of a paragraph (headlines capitalise every word).</summary>
    private readonly IReadOnlyList<Passage> _passages;

    /// <summary>Each surname's first "Forename Surname" in the body, made once if lone surnames ask often (<see cref="FullNameBefore"/>).</summary>
    private Dictionary<string, TextRange>? _forenamed;
    private int _searched, _bodyStart = -1;

    /// <summary>The article's words in small letters, gathered once when a lone capitalised speaker asks (<see cref="InSmallLetters"/>).</summary>
    private HashSet<string>? _smallWords;
    private int _smallLetterLooks;

    private Attributor(string text, EntityTable entities, TextRange dateline, IReadOnlyList<Passage> passages)
    {
        _text = text;
        _entities = entities;
        _dateline = dateline;
        _passages = passages;
    }

    [MethodImpl(Jit.Optimized)]
    public static List<AttributedQuote> Attribute(string text, IReadOnlyList<ScannedQuote> quotes, IReadOnlyList<Passage> passages, EntityTable entities, TextRange? dateline)
    {
        var attributor = new Attributor(text, entities, dateline ?? default, passages);
        var result = new List<AttributedQuote>(quotes.Count);
        var ordered = new List<ScannedQuote>(quotes);
        ordered.Sort((a, b) => a.Range.Start != b.Range.Start ? a.Range.Start.CompareTo(b.Range.Start) : b.Range.End.CompareTo(a.Range.End));
        foreach (var quote in ordered)
        {
            result.Add(attributor.Read(quote, passages));
        }
        return result;
    }

    private AttributedQuote Read(ScannedQuote quote, IReadOnlyList<Passage> passages)
    {
        var open = passages[quote.Paragraph];
        int closeIndex = PassageIndexOf(passages, quote.Paragraph, quote.Content.End);
        var close = passages[closeIndex];
        var read = new AttributedQuote(quote, open);
        int openToken = open.TokenAt(quote.Range.Start);
        int closeToken = close.TokenAt(quote.Content.End);
        int words = CountWords(open, quote.Content, close);

        if (quote.Depth > 0)
        {
            // A quotation inside someone's words: mid-sentence it is a term they cite; opening a sentence,
            // the words of a third party they quote.
            read.Kind = words > 4 && StartsSentence(open, openToken) ? QuoteKind.Partial : QuoteKind.ScareQuote;
            return read;
        }
        if (HasScareCue(open, openToken) || (open == close && Nickname.Between(_text, open.Tokens, openToken, closeToken)))
        {
            read.Kind = QuoteKind.ScareQuote;
            return read;
        }

        _relativeSubjects.Clear();
        var (cue, speakerPhrase) = FindCueAndSpeaker(quote, open, openToken, close, closeToken);
        bool sentenceStart = StartsSentence(open, openToken);
        read.Cue = cue;
        if (speakerPhrase is { } phrase)
        {
            // "The poll finds that … 22 percent say he is “not at all responsible”": the share speaks through the poll.
            if (PollBehindShare(phrase.Start >= close.Range.Start ? close : open, phrase) is { } poll) phrase = poll;
            Resolve(read, phrase, quote.Range.Start);
            if (read.SpeakerMention is not null && _relativeSubjects.TryGetValue(phrase, out var pronoun)) read.SpeakerMention = pronoun;
        }
        if (read.SpeakerMention is null && openToken == 0 && quote.Paragraph > 0 && IntroducedBy(passages[quote.Paragraph - 1]) is { } introducer)
        {
            // "Caddell continued:" then a paragraph of quotation.
            Resolve(read, introducer, quote.Range.Start);
        }
        if (read.SpeakerMention is null && EndsPassage(close, closeToken) && closeIndex + 1 < passages.Count && SignedBy(passages[closeIndex + 1]) is { } signer)
        {
            // A quotation, then "- Bernie Sanders." on a line of its own: the signature credits it.
            Resolve(read, signer, quote.Range.Start);
        }
        // (Asked only of a quote opening its paragraph, the one place it matters.)
        int lastCredited = openToken == 0 ? LastCreditedPassage(passages) : -1;
        if (read.SpeakerMention is null && openToken == 0 && quote.Paragraph > 0 && lastCredited < quote.Paragraph - 1
            && LastSentenceSubject(passages[quote.Paragraph - 1]) is { } reporter)
        {
            // "Valastro praised Christie’s leadership." then a paragraph of quotation: the reporter's words.
            // (A paragraph that credits no quotation may still hold a term: "What “go after them” means is
            // left to voters, since Trump spoke only in bromides.")
            Resolve(read, reporter, quote.Range.Start);
        }
        var previous = _lastAttributed is { } last
            && (last.Quote.Paragraph == quote.Paragraph || (last.Quote.Paragraph == quote.Paragraph - 1 && sentenceStart)
                || (openToken == 0 && quote.Paragraph > 1 && lastCredited == quote.Paragraph - 2
                    && AboutWithoutQuoting(passages[quote.Paragraph - 1], last.Speaker)))
            ? last
            : null;

        // Kind first: a title or term that nobody is quoted saying needs no speaker.
        bool attributed = cue is not null || read.SpeakerMention is not null || previous is not null;
        read.Kind = Kind(quote, close, cue, words, sentenceStart, attributed, named: read.SpeakerMention is not null);
        if (read.Kind == QuoteKind.ScareQuote) return AsScareQuote(read);

        bool sameSentenceAsPrevious = previous is not null && previous.Quote.Paragraph == quote.Paragraph
            && !SentenceEndsBetween(open, previous.Quote.Range.End, quote.Range.Start);
        if (read.SpeakerMention is null && sameSentenceAsPrevious && !sentenceStart && !EndsItsSentence(previous!.Quote)
            && !(PronounSubjectBefore(open, openToken) is { } own && own.Start > previous.Quote.Range.End))
        {
            // “a total lightweight” while Cruz is “a basket case”: the second quote of a sentence is the first's speaker's.
            read.Speaker = previous.Speaker;
            read.SpeakerMention = previous.SpeakerMention;
        }
        // (Not the second part of a split quote, whose speaker is the first part's; not a term of two words.)
        if (read.SpeakerMention is null && sentenceStart && words > 2 && !sameSentenceAsPrevious && CommaIntroducer(open, openToken) is { } handedBy)
        {
            // "Clinton shared her anxiety with an audience in the Hamptons, “I do not know …”": a comma hands the
            // quote over as a colon would, from the clause right before it.
            Resolve(read, handedBy, quote.Range.Start);
        }
        if (read.SpeakerMention is null && cue is null && !sentenceStart && SourceUnder(open, openToken) is { } source)
        {
            // "Under Florida law, battery is committed when a person “…”": the law's wording.
            Resolve(read, source, quote.Range.Start);
        }
        if (read.SpeakerMention is null && !sentenceStart && (ClauseSubject(open, openToken) ?? PronounSubjectBefore(open, openToken)) is { } subject && !IsDummyIt(open, subject))
        {
            // Trump attacked “the hateful ideology ...”: words in a sentence about someone are theirs.
            Resolve(read, subject, quote.Range.Start);
        }
        if (read.SpeakerMention is null && cue is null && !sentenceStart && SubjectAfterFrontedPhrase(open, openToken) is { } main)
        {
            // "In an address that spoke to the “frustration …” over an economy …, Mrs. Clinton struck …": the main clause's subject.
            Resolve(read, main, quote.Range.Start);
        }
        if (read.SpeakerMention is null && previous is not null)
        {
            // “A,” she said. “B.” — and a quote-only paragraph after a quoted one: the same speaker,
            // named where the text last names them before this quote.
            read.Speaker = previous.Speaker;
            read.SpeakerMention = previous.SpeakerMention;
            if (previous.Speaker is { } entity && previous.SpeakerMention is { } said
                && _entities.LastMentionOf(entity, said.End, quote.Range.Start) is { } later)
            {
                read.SpeakerMention = later;
            }
        }
        // Two words in small letters that nobody is quoted saying are a term ("ended in a “virtual tie”")
        // unless the sentence is about a person or an organisation, whose words they then are ("Clinton
        // talked up her “50-state strategy”": PolNeAR's annotators take those for quotes seven times in ten).
        if (!attributed && words == 2 && read.Speaker is not { Kind: EntityKind.Person or EntityKind.Organization }) return AsScareQuote(read);
        if (read.SpeakerMention is not null) _lastAttributed = read;
        return read;
    }

    /// <summary>The paragraph where the last quotation credited to someone closes, or -1 before any.</summary>
    private int LastCreditedPassage(IReadOnlyList<Passage> passages) =>
        _lastAttributed is { } last ? PassageIndexOf(passages, last.Quote.Paragraph, last.Quote.Content.End) : -1;

    private static AttributedQuote AsScareQuote(AttributedQuote read)
    {
        read.Kind = QuoteKind.ScareQuote;
        read.Speaker = null;
        read.SpeakerMention = null;
        read.Cue = null;
        return read;
    }

    [MethodImpl(Jit.Optimized)]
    private static int PassageIndexOf(IReadOnlyList<Passage> passages, int from, int offset)
    {
        for (int p = from; p < passages.Count; p++)
        {
            if (passages[p].Range.End >= offset) return p;
        }
        return passages.Count - 1;
    }

    /// <summary>
    /// "It has not helped that ...", "It was Obama's rejection of ...": an "it" before a form of "be" or
    /// "have" (or "will", "would") holds a place in the sentence and names no one.
    /// </summary>
    private bool IsDummyIt(Passage passage, TextRange subject)
    {
        if (!string.Equals(subject.Slice(_text), "it", StringComparison.OrdinalIgnoreCase)) return false;
        int next = passage.TokenAt(subject.End);
        if (next >= passage.Tokens.Count) return false;
        var token = passage.Tokens[next];
        if (token.Kind == TokenKind.Possessive) return true;
        return token.IsWord && passage.Word(_text, next) is "is" or "was" or "has" or "had" or "seems" or "seemed" or "would" or "will" or "’s" or "'s";
    }
}
