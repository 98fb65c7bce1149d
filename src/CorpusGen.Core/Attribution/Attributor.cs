using System;
using System.Collections.Generic;
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

/// <summary>
/// Finds each quotation's cue and speaker with the templates news uses (“Q,” S said · “Q,” said S ·
/// S said: “Q” · S urged X to “Q”), resolves pronouns and descriptions to entities, lets a quote with no
/// cue of its own inherit the speaker of the quote just before it, and decides its kind.
/// </summary>
public sealed class Attributor
{
    /// <summary>How many tokens a speaker phrase may have between a quote and its cue.</summary>
    private const int MaxSpeakerTokens = 14;

    /// <summary>How far after a quote its cue may stand (“Q,” who has won twice, the board writes).</summary>
    private const int MaxCueWindow = 20;

    /// <summary>How far before a quote a cue may stand ("urged China to “...”").</summary>
    private const int MaxCueDistance = 10;

    /// <summary>How far any look inside one sentence goes, so that reading stays linear.</summary>
    private const int MaxSentenceTokens = 40;

    private static readonly HashSet<string> ScareCues = Words.Set("so-called dubbed nicknamed termed titled entitled term phrase word words slogan motto branded coined");
    private static readonly HashSet<string> DocumentNouns = Words.Set("declaration statement report communique communiqué letter memo memorandum resolution bill filing lawsuit complaint release study survey poll ruling order document plan text guidance indictment affidavit editorial");
    private static readonly HashSet<string> GenericOrganizationNouns = Words.Set("organization organisation group body agency company firm committee party campaign department ministry government administration office council commission bureau team coalition union association network newspaper paper outlet");
    private static readonly HashSet<string> PhraseStops = Words.Set("in on at during after before while when as via to from this last who which that adding according because but where whose told");
    private static readonly HashSet<string> LeadingFiller = Words.Set("and but so yet then though however meanwhile still also first later now And But So Yet Then Though However Meanwhile Still Also Later Now");
    private static readonly HashSet<string> Determiners = Words.Set("a an the this these those his her its their our my your some any no every each another The A An This These Those");
    private static readonly HashSet<string> NotInSpeakerPhrase = Words.Set("would not to because though did was were is are has had have will can could should may might if when while than which what whether it's that there ’s 's");

    private readonly string _text;
    private readonly EntityTable _entities;
    private EntityBuilder? _lastPerson, _lastIt, _lastThey;
    private AttributedQuote? _lastAttributed;

    private Attributor(string text, EntityTable entities)
    {
        _text = text;
        _entities = entities;
    }

    public static List<AttributedQuote> Attribute(string text, IReadOnlyList<ScannedQuote> quotes, IReadOnlyList<Passage> passages, EntityTable entities)
    {
        var attributor = new Attributor(text, entities);
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
        var close = PassageOf(passages, quote.Paragraph, quote.Content.End);
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
        if (HasScareCue(open, openToken))
        {
            read.Kind = QuoteKind.ScareQuote;
            return read;
        }

        var (cue, speakerPhrase) = FindCueAndSpeaker(quote, open, openToken, close, closeToken);
        bool sentenceStart = StartsSentence(open, openToken);
        read.Cue = cue;
        if (speakerPhrase is { } phrase) Resolve(read, phrase, quote.Range.Start);
        if (read.SpeakerMention is null && openToken == 0 && quote.Paragraph > 0 && IntroducedBy(passages[quote.Paragraph - 1]) is { } introducer)
        {
            // "Caddell continued:" then a paragraph of quotation.
            Resolve(read, introducer, quote.Range.Start);
        }
        if (read.SpeakerMention is null && openToken == 0 && quote.Paragraph > 0 && !QuotesIn(passages[quote.Paragraph - 1])
            && LastSentenceSubject(passages[quote.Paragraph - 1]) is { } reporter)
        {
            // "Valastro praised Christie’s leadership." then a paragraph of quotation: the reporter's words.
            Resolve(read, reporter, quote.Range.Start);
        }
        var previous = _lastAttributed is { } last
            && (last.Quote.Paragraph == quote.Paragraph || (last.Quote.Paragraph == quote.Paragraph - 1 && sentenceStart))
            ? last
            : null;

        // Kind first: a title or term that nobody is quoted saying needs no speaker.
        read.Kind = Kind(quote, words, sentenceStart, cue is not null || read.SpeakerMention is not null || previous is not null);
        if (read.Kind == QuoteKind.ScareQuote)
        {
            read.Speaker = null;
            read.SpeakerMention = null;
            read.Cue = null;
            return read;
        }

        if (read.SpeakerMention is null && previous is not null && previous.Quote.Paragraph == quote.Paragraph && !sentenceStart)
        {
            // “a total lightweight” while Cruz is “a basket case”: the second quote of a sentence is the first's speaker's.
            read.Speaker = previous.Speaker;
            read.SpeakerMention = previous.SpeakerMention;
        }
        if (read.SpeakerMention is null && !sentenceStart && ClauseSubject(open, openToken) is { } subject)
        {
            // Trump attacked “the hateful ideology ...”: words in a sentence about someone are theirs.
            Resolve(read, subject, quote.Range.Start);
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
        if (read.SpeakerMention is not null) _lastAttributed = read;
        return read;
    }

    private static Passage PassageOf(IReadOnlyList<Passage> passages, int from, int offset)
    {
        for (int p = from; p < passages.Count; p++)
        {
            if (passages[p].Range.End >= offset) return passages[p];
        }
        return passages[passages.Count - 1];
    }

    private (TextRange? Cue, TextRange? Speaker) FindCueAndSpeaker(ScannedQuote quote, Passage open, int openToken, Passage close, int closeToken)
    {
        char last = quote.Content.End > quote.Content.Start ? _text[quote.Content.End - 1] : ' ';
        var after = CueAfter(close, closeToken + 1, quoteEndsSentence: last is '.' or '!' or '?');
        var before = CueBefore(open, openToken, MaxCueDistance);
        bool handsOver = last is ',' or '?' or '!' or '\u2014' or '-';
        if (after is { Speaker: not null } a && (handsOver || before is not { Speaker: not null })) return a;
        // “Q.” ― Adriana Rodarte: a dash and a name credit the quote, as in lists of reactions.
        if (DashCredit(close, closeToken + 1) is { } credited) return (null, credited);
        if (before is { Speaker: not null } b) return b;
        // S worded it carefully: “Q” — a colon hands the sentence's subject the quote.
        if (openToken > 0 && open.Tokens[openToken - 1] is { Kind: TokenKind.Punctuation } colon && _text[colon.Start] == ':'
            && ClauseSubject(open, openToken - 1) is { } subject)
        {
            return (null, subject);
        }
        // Smith said on Monday that the plan ... was a “mistake”: the sentence's cue, however far.
        if (CueBefore(open, openToken, MaxSentenceTokens) is { Speaker: not null } far) return far;
        // Greene added that the Fed wants out. “They don’t like it.” — the sentence before speaks.
        if (sentenceStartsHere(open, openToken) && PreviousSentenceSubject(open, openToken) is { } previous) return (null, previous);
        return (after ?? before)?.Cue is { } cue ? (cue, null) : (null, null);

        bool sentenceStartsHere(Passage passage, int token) => token > 0 && IsBoundary(passage, token - 1) && passage.Tokens[token - 1].Kind != TokenKind.QuoteMark;
    }

    /// <summary>“Q,” S said · “Q,” said S · “Q”, S accused...: the cue in the same sentence after the quote.</summary>
    private (TextRange? Cue, TextRange? Speaker)? CueAfter(Passage passage, int start, bool quoteEndsSentence)
    {
        var tokens = passage.Tokens;
        (TextRange? Cue, TextRange? Speaker)? speakerless = null;
        // “Q,” Leonard E. Burman, director of ..., and a professor at ..., said: a name opens a long appositive.
        int window = start < tokens.Count && Words.StartsUpper(_text, tokens[start]) && !Words.IsCapitalizedFunctionWord(passage.Word(_text, start)) ? MaxSentenceTokens : MaxCueWindow;
        for (int i = start; i < tokens.Count && i - start <= window; i++)
        {
            if (IsBoundary(passage, i)) break;
            if (CueLexicon.MatchAt(_text, passage, i) is not { } cue) continue;
            // “Q?” when questioned about ...: a clause about the quote, not its attribution.
            if (i > start && tokens[i - 1].IsWord && passage.Word(_text, i - 1) is "when" or "if" or "as" or "after" or "before" or "while" or "being") continue;
            // “Q.” Smith said he would...: a new sentence with content of its own.
            if (quoteEndsSentence && Words.StartsUpper(_text, tokens[start]) && StartsClause(passage, cue.Last + 1)) break;
            if (cue.First == cue.Last && IsParticiple(tokens[cue.Last])) break;

            int first = cue.First;
            while (first - 1 >= start && IsAdverb(tokens[first - 1])) first--;
            var cueRange = new TextRange(tokens[first].Start, tokens[cue.Last].End);
            var speaker = cue.SpeakerFollows || first == start
                ? PhraseAfter(passage, cue.Last + 1)
                : SubjectBefore(passage, first, start) ?? PhraseAfter(passage, cue.Last + 1);
            if (speaker is not null) return (cueRange, speaker);
            speakerless ??= (cueRange, null);
        }
        return speakerless;
    }

    private static bool QuotesIn(Passage passage)
    {
        foreach (var token in passage.Tokens)
        {
            if (token.Kind == TokenKind.QuoteMark) return true;
        }
        return false;
    }

    /// <summary>The subject of the cue in a paragraph's last sentence ("Valastro praised ..."), if it has one.</summary>
    private TextRange? LastSentenceSubject(Passage passage)
    {
        var tokens = passage.Tokens;
        int last = tokens.Count - 1;
        if (last > 0 && IsBoundary(passage, last)) last--;
        for (int i = last; i >= 0 && last - i <= MaxSentenceTokens && !IsBoundary(passage, i); i--)
        {
            if (CueLexicon.MatchAt(_text, passage, i) is { SpeakerFollows: false } cue && SubjectBefore(passage, cue.First, 0) is { } subject) return subject;
        }
        return null;
    }

    /// <summary>
    /// Who a paragraph ending with a colon introduces: the subject of its cue ("Caddell continued:",
    /// "The New York Times reports:"), else the last person or organisation it names ("this statement by
    /// Trump on June 11:").
    /// </summary>
    private TextRange? IntroducedBy(Passage passage)
    {
        var tokens = passage.Tokens;
        int last = tokens.Count - 1;
        if (last < 1 || tokens[last].Kind != TokenKind.Punctuation || _text[tokens[last].Start] != ':') return null;
        for (int i = last - 1; i >= 0 && last - i <= MaxSentenceTokens && !IsBoundary(passage, i); i--)
        {
            if (CueLexicon.MatchAt(_text, passage, i) is { SpeakerFollows: false } cue && SubjectBefore(passage, cue.First, 0) is { } subject) return subject;
        }
        int sentence = last - 1;
        while (sentence > 0 && last - sentence < MaxSentenceTokens && !IsBoundary(passage, sentence - 1)) sentence--;
        TextRange? named = null;
        foreach (var (range, entity) in _entities.MentionsIn(new TextRange(tokens[sentence].Start, tokens[last].Start)))
        {
            if (entity.Kind is EntityKind.Person or EntityKind.Organization) named = range;
        }
        return named ?? ClauseSubject(passage, last);
    }

    /// <summary>The name after a dash that follows a quote and ends the paragraph or sentence.</summary>
    private TextRange? DashCredit(Passage passage, int start)
    {
        var tokens = passage.Tokens;
        if (start >= tokens.Count || tokens[start].Kind != TokenKind.Punctuation || _text[tokens[start].Start] is not ('\u2015' or '\u2014' or '\u2013' or '-')) return null;
        if (SubjectAt(passage, start + 1, Math.Min(tokens.Count, start + 1 + MaxSpeakerTokens)) is not { } name) return null;
        int after = passage.TokenAt(name.End);
        bool ends = after >= tokens.Count || IsBoundary(passage, after) || _text[tokens[after].Start] == ',';
        return ends && IsName(passage, name) ? name : null;
    }

    /// <summary>"said he would", "said that", "said Trump's": what follows the cue is a clause of its own.</summary>
    private bool StartsClause(Passage passage, int i)
    {
        var tokens = passage.Tokens;
        if (i >= tokens.Count || !tokens[i].IsWord) return false;
        var word = passage.Word(_text, i);
        return Pronoun(word) is not null || word is "that" or "we" or "I" or "there" or "you"
            || (char.IsUpper(word[0]) && !Words.IsTimeWord(word));
    }

    /// <summary>S said: “Q” · S said that “Q” · S urged X to “Q”: the nearest cue before the quote.</summary>
    private (TextRange? Cue, TextRange? Speaker)? CueBefore(Passage passage, int openToken, int maxDistance)
    {
        var tokens = passage.Tokens;
        (TextRange? Cue, TextRange? Speaker)? speakerless = null;
        for (int i = openToken - 1; i >= 0 && openToken - i <= maxDistance + 3; i--)
        {
            if (tokens[i].Kind == TokenKind.QuoteMark || IsBoundary(passage, i)) break;
            if (CueLexicon.MatchAt(_text, passage, i) is not { } cue) continue;
            if (openToken - cue.Last - 1 > maxDistance) break;

            var cueRange = new TextRange(tokens[cue.First].Start, tokens[cue.Last].End);
            var found = SpeakerOfCueBefore(passage, cue, openToken);
            if (found is { Speaker: not null }) return found.Value.Cue is null ? (cueRange, found.Value.Speaker) : found;
            speakerless ??= (cueRange, null);
        }
        return speakerless;
    }

    private (TextRange? Cue, TextRange? Speaker)? SpeakerOfCueBefore(Passage passage, CueMatch cue, int openToken)
    {
        var tokens = passage.Tokens;
        if (cue.SpeakerFollows) return (null, PhraseAfter(passage, cue.Last + 1));
        // "As reported by Western Journalism, ..." : the agent of a passive cue.
        if (cue.Last + 2 < openToken && tokens[cue.Last + 1].IsWord && Word(tokens[cue.Last + 1]) == "by") return (null, PhraseAfter(passage, cue.Last + 2, stopAt: openToken));
        // "..., telling reporters “Q”": a participle's speaker is the subject of the clause it hangs on.
        if (cue.First == cue.Last && IsParticiple(tokens[cue.Last])) return (null, ClauseSubject(passage, cue.First) ?? SubjectAfterClause(passage, cue.Last, openToken));
        var subject = SubjectBefore(passage, cue.First, 0);
        if (subject is { } inner && !char.IsUpper(_text[inner.Start]) && OuterSpeaker(passage, cue.First) is { } outer)
        {
            // "Obama said he expected that Americans will say “no”": the report is Obama's.
            return outer;
        }
        // "..., said Smith: “Q”": an inverted cue before the quote, its speaker right before it.
        if (subject is null && SubjectAt(passage, cue.Last + 1, openToken) is { } inverted
            && tokens[openToken - 1] is { Kind: TokenKind.Punctuation } mark && _text[mark.Start] is ',' or ':'
            && inverted.End == tokens[openToken - 2].End)
        {
            subject = inverted;
        }
        return (null, subject);
    }

    /// <summary>
    /// The speaker before a cue at token <paramref name="cue"/>: "Smith said", "Smith, 45, a lawyer,
    /// said" (the name before the appositive), "he laughed and said" (the subject of the first verb).
    /// </summary>
    private TextRange? SubjectBefore(Passage passage, int cue, int floor)
    {
        var tokens = passage.Tokens;
        int end = cue;
        while (end - 1 >= floor && (IsAuxiliary(tokens[end - 1]) || (tokens[end - 1].IsWord && Words.IsTimeWord(passage.Word(_text, end - 1))))) end--;
        if (end - 1 < floor) return null;

        var previous = tokens[end - 1];
        if (previous.Kind == TokenKind.Punctuation && _text[previous.Start] is ',' or '-' or '\u2014' or '\u2013')
        {
            // "Cory James, 22, of Flint, said" · "..., Gov. John Kasich (R-OH), said" · "Jones -- a lawyer -- told me"
            return AppositiveSubject(passage, end - 1, floor);
        }
        if (previous.IsWord && Word(previous) is "who" or "which")
        {
            // "Stevie Wonder, who joked": the one the relative clause is about, the name right before it.
            int antecedent = end - 1;
            while (antecedent - 1 >= floor && tokens[antecedent - 1].Kind == TokenKind.Punctuation && _text[tokens[antecedent - 1].Start] == ',') antecedent--;
            int first = antecedent;
            while (first - 1 >= floor && (Words.StartsUpper(_text, tokens[first - 1]) || IsNameDot(passage, first - 1))) first--;
            if (first < antecedent && Phrase(passage, first, antecedent) is { } named) return named;
            return antecedent > floor ? SubjectBefore(passage, antecedent, floor) : null;
        }
        if (previous.IsWord && Word(previous) is "and" or "but")
        {
            // "he laughed and said" · "Clinton, also in Wisconsin, said ... and accused him of “Q”"
            return ClauseSubject(passage, end - 1);
        }

        int begin = end;
        while (begin - 1 >= floor && end - begin < MaxSpeakerTokens && !StopsPhraseBackward(passage, begin - 1)
               && !(tokens[begin - 1].IsWord && NotInSpeakerPhrase.Contains(passage.Word(_text, begin - 1)))) begin--;
        if (begin - 2 >= floor && tokens[begin - 1].IsWord && passage.Word(_text, begin - 1) is "to" or "with" && IsParticiple(tokens[begin - 2]))
        {
            // "Another source speaking to Fox News said": the speaker is the head before the participle.
            int head = begin - 2;
            int headBegin = head;
            while (headBegin - 1 >= floor && head - headBegin < MaxSpeakerTokens && !StopsPhraseBackward(passage, headBegin - 1)
                   && !(tokens[headBegin - 1].IsWord && NotInSpeakerPhrase.Contains(passage.Word(_text, headBegin - 1)))) headBegin--;
            if (Phrase(passage, headBegin, head) is { } headPhrase) return headPhrase;
        }
        return Phrase(passage, begin, end);
    }

    /// <summary>The speaker after an inverted cue: "said the Summit declaration", "according to Smith".</summary>
    private TextRange? PhraseAfter(Passage passage, int start, int stopAt = int.MaxValue)
    {
        var tokens = passage.Tokens;
        int end = start;
        while (end < tokens.Count && end < stopAt && end - start < MaxSpeakerTokens)
        {
            var token = tokens[end];
            if (token.Kind == TokenKind.QuoteMark) break;
            if (token.Kind == TokenKind.Punctuation && !IsNameDot(passage, end) && _text[token.Start] is not ('-' or '(' or ')')) break;
            if (token.IsWord && char.IsLower(_text[token.Start]) && end > start && PhraseStops.Contains(Word(token))) break;
            end++;
        }
        return Phrase(passage, start, end);
    }

    /// <summary>
    /// An earlier cue of the same clause whose subject is a name: the outer report of "Obama said he
    /// expected that Americans will say “no”". A comma between the two means they are separate clauses.
    /// </summary>
    private (TextRange? Cue, TextRange? Speaker)? OuterSpeaker(Passage passage, int innerCue)
    {
        var tokens = passage.Tokens;
        for (int i = innerCue - 2; i >= 0 && innerCue - i <= MaxSentenceTokens; i--)
        {
            if (tokens[i].Kind == TokenKind.QuoteMark || IsBoundary(passage, i)) return null;
            if (tokens[i].Kind == TokenKind.Punctuation && _text[tokens[i].Start] == ',') return null;
            if (CueLexicon.MatchAt(_text, passage, i) is not { SpeakerFollows: false } cue) continue;
            if (SubjectBefore(passage, cue.First, 0) is { } subject && IsName(passage, subject))
            {
                return (new TextRange(tokens[cue.First].Start, tokens[cue.Last].End), subject);
            }
        }
        return null;
    }

    /// <summary>A phrase opening with a capitalised word that is neither a pronoun nor a function word.</summary>
    private bool IsName(Passage passage, TextRange phrase)
    {
        var first = passage.Word(_text, passage.TokenAt(phrase.Start));
        return char.IsUpper(first[0]) && Pronoun(first) is null && (!Words.IsCapitalizedFunctionWord(first) || Lexicon.IsTitle(first));
    }

    /// <summary>
    /// The speaker of the sentence just before token <paramref name="sentenceStart"/> when that sentence
    /// holds no quotation and has a cue with a subject ("Greene added that ...").
    /// </summary>
    private TextRange? PreviousSentenceSubject(Passage passage, int sentenceStart)
    {
        var tokens = passage.Tokens;
        for (int i = sentenceStart - 2; i >= 0 && sentenceStart - i <= MaxSentenceTokens; i--)
        {
            if (IsBoundary(passage, i)) return null;
            if (CueLexicon.MatchAt(_text, passage, i) is not { SpeakerFollows: false } cue) continue;
            if (SubjectBefore(passage, cue.First, 0) is { } subject) return subject;
        }
        return null;
    }

    /// <summary>
    /// The speaker of "S, appositive, said" (the comma at <paramref name="comma"/>): see <see cref="SegmentSubject"/>.
    /// </summary>
    private TextRange? AppositiveSubject(Passage passage, int comma, int floor) => SegmentSubject(passage, comma, floor, preferOpening: true);

    /// <summary>The subject of the clause that token <paramref name="before"/> hangs on: see <see cref="SegmentSubject"/>.</summary>
    private TextRange? ClauseSubject(Passage passage, int before) => SegmentSubject(passage, before, 0, preferOpening: false);

    /// <summary>
    /// Walks back over the comma- and dash-separated segments of the sentence before token
    /// <paramref name="before"/> (passing quoted words over whole: they are the quote's, never a subject)
    /// and takes the noun phrase opening a segment: for an appositive, the sentence's opening one when it
    /// is a name ("Cory James, 22, of Flint, said"), else the nearest ("But back in Ohio, he told them:",
    /// "Jones -- a lawyer -- told me").
    /// </summary>
    private TextRange? SegmentSubject(Passage passage, int before, int floor, bool preferOpening)
    {
        var tokens = passage.Tokens;
        TextRange? nearest = null;
        int segmentEnd = before;
        bool inQuote = false;
        for (int k = before - 1; k >= floor - 1 && before - k <= MaxSentenceTokens; k--)
        {
            if (k >= floor && tokens[k].Kind == TokenKind.QuoteMark)
            {
                if (!inQuote && SubjectAt(passage, k + 1, segmentEnd) is { } beforeQuote)
                {
                    if (!preferOpening) return beforeQuote;
                    nearest ??= beforeQuote;
                }
                inQuote = !inQuote;
                segmentEnd = k;
                continue;
            }
            if (inQuote) continue;
            bool edge = k < floor || IsBoundary(passage, k);
            bool separator = !edge && tokens[k].Kind == TokenKind.Punctuation && _text[tokens[k].Start] is ',' or ';' or '\u2014' or '\u2013' or '-';
            if (!edge && !separator) continue;
            var subject = SubjectAt(passage, k + 1, segmentEnd);
            if (!preferOpening && subject is not null) return subject;
            if (edge) return subject is { } opening && (nearest is null || IsName(passage, opening)) ? opening : nearest;
            nearest ??= subject;
            segmentEnd = k;
        }
        return nearest;
    }

    /// <summary>The noun phrase opening tokens [start, end), if it can be a subject.</summary>
    private TextRange? SubjectAt(Passage passage, int start, int end)
    {
        var tokens = passage.Tokens;
        while (start < end && tokens[start].IsWord && LeadingFiller.Contains(passage.Word(_text, start))) start++;
        if (start >= end || !tokens[start].IsWord) return null;
        var first = passage.Word(_text, start);
        bool opens = Pronoun(first) is not null
            || first is "The" or "the" or "A" or "a" or "An" or "an" or "His" or "Her" or "Their" or "Its" or "Our"
                or "several" or "Several" or "many" or "Many" or "some" or "Some" or "most" or "Most" or "two" or "Two" or "three" or "Three"
            || (char.IsUpper(first[0]) && (!Words.IsCapitalizedFunctionWord(first) || Lexicon.IsTitle(first)));
        if (!opens) return null;
        if (Pronoun(first) is not null) return tokens[start].Range;
        bool name = char.IsUpper(first[0]) && first is not ("The" or "A" or "An" or "His" or "Her" or "Their" or "Its" or "Our");
        int stop = start + 1;
        while (stop < end && stop - start < 8)
        {
            var token = tokens[stop];
            if (token.Kind == TokenKind.Punctuation && !IsNameDot(passage, stop) && _text[token.Start] is not ('(' or ')' or '-')) break;
            if (token.Kind == TokenKind.Possessive) name = false; // "Scott’s niece": the head follows
            if (token.IsWord && char.IsLower(_text[token.Start]))
            {
                var word = Word(token);
                // A name runs over capitalised words (and "of": Secretary of State); a description
                // runs to its verb or preposition.
                if (name && word != "of") break;
                if (LooksLikeVerb(word) || PhraseStops.Contains(word) || word is "with" or "for" or "by" or "about" or "over"
                    || CueLexicon.MatchAt(_text, passage, stop) is not null) break;
            }
            stop++;
        }
        return Phrase(passage, start, stop);
    }

    /// <summary>"After saying her foot was “swollen,” she was taken...": the subject after the participle's clause.</summary>
    private TextRange? SubjectAfterClause(Passage passage, int from, int openToken)
    {
        var tokens = passage.Tokens;
        bool inQuote = false;
        for (int i = from + 1; i < tokens.Count && i - from <= MaxSentenceTokens; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.QuoteMark && i >= openToken)
            {
                // The clause ends with the quote when a comma closes it from inside (“...,” she was).
                if (inQuote && _text[tokens[i - 1].Start] == ',') return SubjectAt(passage, i + 1, Math.Min(tokens.Count, i + 1 + MaxSpeakerTokens));
                inQuote = !inQuote;
                continue;
            }
            if (!inQuote && token.Kind == TokenKind.Punctuation && _text[token.Start] == ',' && i > openToken)
            {
                return SubjectAt(passage, i + 1, Math.Min(tokens.Count, i + 1 + MaxSpeakerTokens));
            }
            if (!inQuote && IsBoundary(passage, i)) return null;
        }
        return null;
    }

    private bool IsParticiple(Token token) => token.IsWord && token.Length > 5 && Word(token).EndsWith("ing", StringComparison.Ordinal);

    private bool LooksLikeVerb(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || Words.IsAuxiliaryOrAdverb(word) || word is "says" or "reads" or "writes" or "puts" or "tells" or "adds" or "notes";

    /// <summary>
    /// Tokens [start, end) trimmed of punctuation and leading conjunctions at the edges, or null when
    /// what is left cannot name a speaker ("he would not", "because he did").
    /// </summary>
    private TextRange? Phrase(Passage passage, int start, int end)
    {
        var tokens = passage.Tokens;
        while (start < end && (!tokens[start].IsWord || LeadingFiller.Contains(passage.Word(_text, start)))) start++;
        while (end > start && !tokens[end - 1].IsWord && tokens[end - 1].Kind != TokenKind.Possessive && _text[tokens[end - 1].Start] != ')') end--;
        if (start >= end) return null;
        bool content = false;
        for (int i = start; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.QuoteMark) return null;
            if (!tokens[i].IsWord) continue;
            var word = passage.Word(_text, i);
            if (NotInSpeakerPhrase.Contains(word)) return null;
            content |= !Determiners.Contains(word);
        }
        return content ? new TextRange(tokens[start].Start, tokens[end - 1].End) : null;
    }

    private void Resolve(AttributedQuote read, TextRange phrase, int quoteStart)
    {
        var words = PhraseWords(phrase);
        if (words.Count == 1 && Pronoun(words[0]) is { } pronoun)
        {
            read.SpeakerMention = phrase;
            read.Speaker = pronoun switch
            {
                "he" or "she" => _lastPerson ?? _entities.LastBefore(quoteStart, e => e.Kind == EntityKind.Person),
                "it" => _lastIt ?? _entities.LastBefore(quoteStart, e => e.Kind is EntityKind.Organization or EntityKind.Document),
                _ => _lastThey ?? _lastIt ?? _entities.LastBefore(quoteStart, e => e.Kind == EntityKind.Organization),
            };
            Remember(read.Speaker, plural: pronoun == "they");
            return;
        }

        EntityBuilder? person = null, other = null;
        TextRange personMention = default;
        foreach (var (range, entity) in _entities.MentionsIn(phrase))
        {
            if (entity.Kind == EntityKind.Person) { person = entity; personMention = range; }
            else if (other is null || (other.Kind == EntityKind.Place && entity.Kind != EntityKind.Place)) other = entity;
        }

        // The head noun: "leaders" in "leaders of the alliance", else the last word.
        int of = words.IndexOf("of");
        string head = of > 0 ? words[of - 1] : words.Count > 0 ? words[words.Count - 1] : "";
        bool plural = head.Length > 3 && head.EndsWith("s", StringComparison.Ordinal) && char.IsLower(head[0]);
        if (person is not null)
        {
            read.Speaker = person;
            read.SpeakerMention = personMention;
        }
        else if (other is not null)
        {
            read.Speaker = other;
            read.SpeakerMention = phrase;
        }
        else if (DocumentNouns.Contains(head.ToLowerInvariant()))
        {
            var name = WithoutDeterminer(phrase);
            var document = _entities.GetOrAdd(EntityKind.Document, Lexicon.Normalize(name.Slice(_text)), name.Slice(_text));
            _entities.AddMention(document, name);
            read.Speaker = document;
            read.SpeakerMention = phrase;
        }
        else if (words.Count >= 2 && words[0] is "the" or "The" && char.IsLower(head[0]))
        {
            read.Speaker = _entities.LastBefore(quoteStart, e => Array.IndexOf(e.Descriptors, head) >= 0)
                ?? (GenericOrganizationNouns.Contains(head) ? _entities.LastBefore(quoteStart, e => e.Kind == EntityKind.Organization) : null);
            read.SpeakerMention = phrase;
        }
        else if (IsCapitalizedName(words))
        {
            var name = phrase.Slice(_text);
            var newcomer = _entities.GetOrAdd(EntityKind.Person, Lexicon.Normalize(name), name);
            _entities.AddSurface(name, newcomer);
            _entities.AddMention(newcomer, phrase);
            read.Speaker = newcomer;
            read.SpeakerMention = phrase;
        }
        else
        {
            read.SpeakerMention = phrase;
        }
        Remember(read.Speaker, plural);
    }

    private void Remember(EntityBuilder? speaker, bool plural)
    {
        if (speaker is null) return;
        if (speaker.Kind == EntityKind.Person) _lastPerson = speaker;
        else if (plural) _lastThey = speaker;
        else _lastIt = speaker;
    }

    private QuoteKind Kind(ScannedQuote quote, int words, bool sentenceStart, bool attributed)
    {
        bool upper = FirstLetterIsUpper(quote.Content);
        // A title named as such: on CBS’s “Face the Nation”, the film “The Revenant”.
        if (!sentenceStart && words <= 8 && IsTitleCase(quote.Content) && !EndsSentence(quote.Content) && NamesAWork(quote)) return QuoteKind.ScareQuote;
        // Titles (“Face the Nation”) and one- or two-word terms nobody is quoted saying.
        if (!attributed && (words <= 2 || (!sentenceStart && words <= 6 && IsTitleCase(quote.Content) && !EndsSentence(quote.Content))))
        {
            return QuoteKind.ScareQuote;
        }
        return sentenceStart && upper ? QuoteKind.Speech : QuoteKind.Partial;
    }

    private static readonly HashSet<string> Works = Words.Set("on in of show program programme podcast book film movie series song album column memoir novel documentary headline article essay op-ed titled entitled called broadcast");

    /// <summary>The word before the quote introduces a work by name ("on", "in", a possessive, "the film").</summary>
    private bool NamesAWork(ScannedQuote quote)
    {
        int i = quote.Range.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(_text[i])) i--;
        int end = i + 1;
        while (i >= 0 && (char.IsLetter(_text[i]) || _text[i] is '\'' or '\u2019' or '-')) i--;
        if (end - i - 1 <= 0) return false;
        var word = _text.Substring(i + 1, end - i - 1);
        return Works.Contains(word.ToLowerInvariant()) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal);
    }

    private bool EndsSentence(TextRange content)
    {
        for (int i = content.End - 1; i >= content.Start; i--)
        {
            if (char.IsLetterOrDigit(_text[i])) return false;
            if (_text[i] is '.' or '!' or '?') return true;
        }
        return false;
    }

    private bool StartsSentence(Passage passage, int openToken)
    {
        if (openToken == 0) return true;
        var previous = passage.Tokens[openToken - 1];
        if (previous.Kind == TokenKind.Punctuation && _text[previous.Start] is ':' or '.' or '!' or '?' or ',' or '\u2014' or '(') return true;
        if (previous.Kind == TokenKind.QuoteMark) return true;
        return CueLexicon.MatchAt(_text, passage, openToken - 1) is not null;
    }

    private bool HasScareCue(Passage passage, int openToken)
    {
        for (int i = openToken - 1; i >= 0 && openToken - i <= 2; i--)
        {
            var token = passage.Tokens[i];
            if (!token.IsWord) continue;
            var word = Word(token).ToLowerInvariant();
            if (ScareCues.Contains(word)) return true;
            // "known as", and a label given in passing: "criticized as a “use it or lose it” approach".
            if (word == "as" && i > 0 && passage.Tokens[i - 1].IsWord && passage.Word(_text, i - 1) is var before
                && (before.Equals("known", StringComparison.OrdinalIgnoreCase)
                    || ((before.EndsWith("ed", StringComparison.Ordinal) || before.EndsWith("ly", StringComparison.Ordinal)) && openToken - i <= 2))) return true;
        }
        return false;
    }

    private bool IsBoundary(Passage passage, int i)
    {
        var token = passage.Tokens[i];
        if (token.Kind == TokenKind.QuoteMark) return true;
        if (token.Kind != TokenKind.Punctuation) return false;
        char c = _text[token.Start];
        if (c is '!' or '?' or ';') return true;
        if (c != '.' || IsNameDot(passage, i)) return false;
        // "(R-Wis.)", "Mich., said": an abbreviation's dot, not a sentence end.
        return !(i + 1 < passage.Tokens.Count && passage.Tokens[i + 1].Start == token.End && _text[token.End] is ')' or ',');
    }

    private bool StopsPhraseBackward(Passage passage, int i)
    {
        var token = passage.Tokens[i];
        if (IsBoundary(passage, i)) return true;
        if (token.Kind == TokenKind.Punctuation) return _text[token.Start] is ',' or ':' or '\u2014' or '\u2013' or '-';
        return token.IsWord && char.IsLower(_text[token.Start]) && Word(token) is "that" or "but" or "which" or "when" or "while" or "because" or "and" or "where" or "who" or "if" or "although" or "though" or "what" or "why" or "how" or "under" or "whom";
    }

    private bool IsNameDot(Passage passage, int i) =>
        i > 0 && _text[passage.Tokens[i].Start] == '.' && passage.Tokens[i - 1].IsWord
        && (Words.IsAbbreviation(passage.Word(_text, i - 1)) || (passage.Tokens[i - 1].Length == 1 && char.IsUpper(_text[passage.Tokens[i - 1].Start])));

    private bool IsAdverb(Token token) =>
        token.IsWord && token.Length > 4 && char.IsLower(_text[token.Start]) && Word(token).EndsWith("ly", StringComparison.Ordinal);

    private bool IsAuxiliary(Token token) => token.IsWord && Words.IsAuxiliaryOrAdverb(Word(token));

    private int CountWords(Passage open, TextRange content, Passage close)
    {
        int count = 0;
        foreach (var passage in open == close ? new[] { open } : new[] { open, close })
        {
            for (int i = passage.TokenAt(content.Start); i < passage.Tokens.Count && passage.Tokens[i].End <= content.End; i++)
            {
                if (passage.Tokens[i].IsWord) count++;
            }
        }
        return count;
    }

    private List<string> PhraseWords(TextRange phrase)
    {
        var words = new List<string>();
        int i = phrase.Start;
        while (i < phrase.End)
        {
            while (i < phrase.End && !char.IsLetterOrDigit(_text[i])) i++;
            int start = i;
            while (i < phrase.End && (char.IsLetterOrDigit(_text[i]) || _text[i] is '-' or '.' or '\'' or '\u2019')) i++;
            if (i > start) words.Add(_text.Substring(start, i - start));
        }
        return words;
    }

    private static string? Pronoun(string word) => word switch
    {
        "he" or "He" => "he",
        "she" or "She" => "she",
        "it" or "It" => "it",
        "they" or "They" => "they",
        _ => null,
    };

    private TextRange WithoutDeterminer(TextRange phrase)
    {
        foreach (var determiner in new[] { "the ", "The ", "a ", "A ", "an ", "An ", "its ", "their " })
        {
            if (phrase.Length > determiner.Length && string.CompareOrdinal(_text, phrase.Start, determiner, 0, determiner.Length) == 0)
            {
                return new TextRange(phrase.Start + determiner.Length, phrase.End);
            }
        }
        return phrase;
    }

    private static bool IsCapitalizedName(List<string> words)
    {
        if (words.Count < 2 || words.Count > 4) return false;
        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || Words.IsCapitalizedFunctionWord(word)) return false;
        }
        return true;
    }

    private bool FirstLetterIsUpper(TextRange content)
    {
        for (int i = content.Start; i < content.End; i++)
        {
            if (char.IsLetterOrDigit(_text[i])) return char.IsUpper(_text[i]) || char.IsDigit(_text[i]);
        }
        return false;
    }

    private bool IsTitleCase(TextRange content)
    {
        bool wordStart = true;
        for (int i = content.Start; i < content.End; i++)
        {
            char c = _text[i];
            if (char.IsLetter(c))
            {
                if (wordStart && char.IsLower(c) && !IsSmallWord(i)) return false;
                wordStart = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                wordStart = true;
            }
        }
        return true;
    }

    // "of", "the", "and" may stay lower case inside a title.
    private bool IsSmallWord(int i)
    {
        int end = i;
        while (end < _text.Length && char.IsLetter(_text[end])) end++;
        return end - i <= 3;
    }

    private string Word(Token token) => _text.Substring(token.Start, token.Length);
}
