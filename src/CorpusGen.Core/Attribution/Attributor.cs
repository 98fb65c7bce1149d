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
        if (HasScareCue(open, openToken))
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
            Resolve(read, phrase, quote.Range.Start);
            if (read.SpeakerMention is not null && _relativeSubjects.TryGetValue(phrase, out var pronoun)) read.SpeakerMention = pronoun;
        }
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
        if (read.SpeakerMention is null && EndsPassage(close, closeToken) && closeIndex + 1 < passages.Count && SignedBy(passages[closeIndex + 1]) is { } signer)
        {
            // A quotation, then "- Bernie Sanders." on a line of its own: the signature credits it.
            Resolve(read, signer, quote.Range.Start);
        }
        var previous = _lastAttributed is { } last
            && (last.Quote.Paragraph == quote.Paragraph || (last.Quote.Paragraph == quote.Paragraph - 1 && sentenceStart))
            ? last
            : null;

        // Kind first: a title or term that nobody is quoted saying needs no speaker.
        bool attributed = cue is not null || read.SpeakerMention is not null || previous is not null;
        read.Kind = Kind(quote, words, sentenceStart, attributed);
        if (read.Kind == QuoteKind.ScareQuote) return AsScareQuote(read);

        if (read.SpeakerMention is null && previous is not null && previous.Quote.Paragraph == quote.Paragraph && !sentenceStart
            && !SentenceEndsBetween(open, previous.Quote.Range.End, quote.Range.Start))
        {
            // “a total lightweight” while Cruz is “a basket case”: the second quote of a sentence is the first's speaker's.
            read.Speaker = previous.Speaker;
            read.SpeakerMention = previous.SpeakerMention;
        }
        if (read.SpeakerMention is null && !sentenceStart && (ClauseSubject(open, openToken) ?? PronounSubjectBefore(open, openToken)) is { } subject && !IsDummyIt(open, subject))
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
        // Two words in small letters that nobody is quoted saying are a term ("ended in a “virtual tie”")
        // unless the sentence is about a person or an organisation, whose words they then are ("Clinton
        // talked up her “50-state strategy”": PolNeAR's annotators take those for quotes seven times in ten).
        if (!attributed && words == 2 && read.Speaker is not { Kind: EntityKind.Person or EntityKind.Organization }) return AsScareQuote(read);
        if (read.SpeakerMention is not null) _lastAttributed = read;
        return read;
    }

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

    /// <summary>
    /// A dash or a colon between a report and a quote: "Clinton suggested ... — “Q,” she said —" sets
    /// the quote and its own cue apart from the report.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private bool SetOffBetween(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (_text[i] == ':' || (Words.IsDash(_text[i]) && (_text[i] != '-' || (i > 0 && _text[i - 1] == ' ')))) return true;
        }
        return false;
    }

    /// <summary>The noun phrase between "with" and the participle at <paramref name="participle"/>, adverbs aside.</summary>
    [MethodImpl(Jit.Optimized)]
    private TextRange? WithSubject(Passage passage, int participle)
    {
        var tokens = passage.Tokens;
        int end = participle;
        while (end - 1 >= 0 && IsAdverb(passage, end - 1)) end--;
        for (int k = end - 1; k >= 0 && end - k <= 6; k--)
        {
            if (!tokens[k].IsWord) return null;
            if (passage.Word(_text, k) == "with") return k + 1 < end ? SubjectAt(passage, k + 1, end) : null;
        }
        return null;
    }

    /// <summary>"while 73 percent said", "whereas the mayor said": the phrase opens a clause of contrast.</summary>
    private bool OpensContrast(Passage passage, TextRange phrase)
    {
        int token = passage.TokenAt(phrase.Start);
        return token > 0 && passage.Tokens[token - 1].IsWord && passage.Word(_text, token - 1) is "while" or "whereas" or "although" or "though";
    }

    /// <summary>"but he said", "and she urged": the phrase comes right after a conjunction.</summary>
    private bool FollowsConjunction(Passage passage, TextRange phrase)
    {
        int token = passage.TokenAt(phrase.Start);
        return token > 0 && passage.Tokens[token - 1].IsWord && passage.Word(_text, token - 1) is "but" or "and";
    }

    /// <summary>Whether <paramref name="cue"/> is in a clause opening its sentence with "After", "When" or the like, no comma before it.</summary>
    private bool InOpeningClause(Passage passage, TextRange cue)
    {
        var tokens = passage.Tokens;
        for (int i = passage.TokenAt(cue.Start) - 1, seen = 0; i >= 0 && seen < MaxSentenceTokens; i--, seen++)
        {
            if (IsBoundary(passage, i)) return false;
            if (tokens[i].Kind == TokenKind.Punctuation && _text[tokens[i].Start] == ',') return false;
            if (i == 0 || IsBoundary(passage, i - 1)) return Words.StartsUpper(_text, tokens[i]) && Subordinators.Contains(passage.Word(_text, i));
        }
        return false;
    }

    /// <summary>Whether a comma stands between <paramref name="from"/> and the quote's opening mark, other than one right before it (“shouted, “Cruz,””).</summary>
    private bool CommaBetween(Passage passage, int from, int openToken)
    {
        var tokens = passage.Tokens;
        for (int i = passage.TokenAt(from); i < openToken - 1; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && _text[tokens[i].Start] == ',') return true;
        }
        return false;
    }

    /// <summary>Nothing but punctuation after token <paramref name="token"/>.</summary>
    [MethodImpl(Jit.Optimized)]
    private static bool EndsPassage(Passage passage, int token)
    {
        for (int i = token + 1; i < passage.Tokens.Count; i++)
        {
            if (passage.Tokens[i].Kind != TokenKind.Punctuation) return false;
        }
        return true;
    }

    /// <summary>
    /// "- Bernie Sanders." · "— Sen. Maria Lopez" · "-Michelle Marks, Philadelphia.": a paragraph of a
    /// dash and a name (what follows a comma describes them), as under a quoted passage.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private TextRange? SignedBy(Passage passage)
    {
        var tokens = passage.Tokens;
        int last = tokens.Count - 1;
        for (int k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && _text[tokens[k].Start] == ',') { last = k; break; }
        }
        if (last >= 1 && tokens[last].Kind == TokenKind.Punctuation && _text[tokens[last].Start] is '.' or ',' && !IsNameDot(passage, last)) last--;
        if (last < 1 || last > MaxSignatureTokens || tokens[0].Kind != TokenKind.Punctuation || !Words.IsDash(_text[tokens[0].Start])) return null;
        for (int i = 1; i <= last; i++)
        {
            if (!Words.StartsUpper(_text, tokens[i]) && !IsNameDot(passage, i)) return null;
        }
        return Phrase(passage, 1, last + 1);
    }

    private (TextRange? Cue, TextRange? Speaker) FindCueAndSpeaker(ScannedQuote quote, Passage open, int openToken, Passage close, int closeToken)
    {
        char last = quote.Content.End > quote.Content.Start ? _text[quote.Content.End - 1] : ' ';
        var after = CueAfter(close, closeToken + 1, last);
        var before = CueBefore(open, openToken, MaxCueDistance);
        bool handsOver = last is ',' or '?' or '!' || Words.IsDash(last);
        // The sentence's report before the quote, however far: read once, and only when a rule asks.
        // (Within the near window it is the near cue itself, so it extends "before", never contradicts it.)
        (TextRange? Cue, TextRange? Speaker)? far = null;
        bool farRead = false;
        if (after is { Speaker: { } next } && FollowsConjunction(close, next) && SentenceReport() is { Speaker: not null } reported)
        {
            // Putney said that the video did not give “absolute evidence,” but he said ...: the cue after
            // the quote opens a clause of its own; the sentence's report before the quote is this one's.
            return reported;
        }
        if (after is { Speaker: { } pronoun } && Pronoun(pronoun.Slice(_text)) is { } personal
            && SentenceReport() is { Speaker: { } named } report && IsName(open, named) && !OfOtherGender(named, personal)
            && !(report.Cue is { } reportCue && SetOffBetween(reportCue.End, quote.Range.Start)))
        {
            // DuVernay said she chose the subject because “most people don’t know,” she said: the quote
            // sits inside the sentence's named report, and the pronoun after it only repeats who.
            return report;
        }
        // "Only half agreed that she is “fit to serve,” while 73 percent said the same of him": a cue after the
        // quote in a clause of contrast reports something else; the cue before it stands.
        if (after is { Speaker: { } contrasted } && before is { Speaker: not null } && OpensContrast(close, contrasted)) return before.Value;
        // After Scalia said that they might do better at “less advanced schools,” Trump said: … · When someone
        // shouted, “Cruz,” Beck joked: the quote belongs to the report of the clause that opens the sentence.
        if (after is { Speaker: not null } && (before is { Speaker: not null } ? before : SentenceReport()) is { Speaker: not null, Cue: { } clauseCue } fronted
            && InOpeningClause(open, clauseCue) && !CommaBetween(open, clauseCue.End, openToken)) return fronted;
        if (after is { Speaker: not null } a && (handsOver || before is not { Speaker: not null })) return a;
        // “Q.” ― Adriana Rodarte: a dash and a name credit the quote, as in lists of reactions.
        if (DashCredit(close, closeToken + 1) is { } credited) return (null, credited);
        if (before is { Speaker: not null } b) return b;
        // S worded it carefully: “Q” · Here's Clinton in December 1992: “Q” — a colon hands the quote over.
        if (openToken > 0 && open.Tokens[openToken - 1] is { Kind: TokenKind.Punctuation } colon && _text[colon.Start] == ':'
            && (DashedName(open, openToken - 1) ?? Byline(open, openToken - 1) ?? ClauseSubject(open, openToken - 1) ?? Introducer(open, openToken - 1)) is { } introducer)
        {
            return (null, introducer);
        }
        // Smith said on Monday that the plan ... was a “mistake”: the sentence's cue, however far.
        if (SentenceReport() is { Speaker: not null } sentence) return sentence;
        // "..., fanning controversy over her remark that “Q”": the words' owner.
        if (OwnerOfWords(open, openToken) is { } owner) return (null, owner);
        // Greene added that the Fed wants out. “They don’t like it.” — the sentence before speaks.
        if (sentenceStartsHere(open, openToken) && PreviousSentenceSubject(open, openToken) is { } previous) return (null, previous);
        return (after ?? before)?.Cue is { } cue ? (cue, null) : (null, null);

        bool sentenceStartsHere(Passage passage, int token) => token > 0 && IsBoundary(passage, token - 1) && passage.Tokens[token - 1].Kind != TokenKind.QuoteMark;

        (TextRange? Cue, TextRange? Speaker)? SentenceReport()
        {
            if (!farRead)
            {
                far = CueBefore(open, openToken, MaxSentenceTokens);
                farRead = true;
            }
            return far;
        }
    }

    /// <summary>“Q,” S said · “Q,” said S · “Q”, S accused...: the cue in the same sentence after the quote.</summary>
    [MethodImpl(Jit.Optimized)]
    private (TextRange? Cue, TextRange? Speaker)? CueAfter(Passage passage, int start, char lastOfQuote)
    {
        var tokens = passage.Tokens;
        bool quoteEndsSentence = lastOfQuote is '.' or '!' or '?';
        (TextRange? Cue, TextRange? Speaker)? speakerless = null;
        // “Q,” Leonard E. Burman, director of ..., and a professor at ..., said: a name opens a long appositive.
        int window = start < tokens.Count && Words.StartsUpper(_text, tokens[start]) && !Words.IsCapitalizedFunctionWord(passage.Word(_text, start)) ? MaxSentenceTokens : MaxCueWindow;
        int skipped = 0, firstSkipped = -1;
        // Beyond the window only a closing ", he said." can still report the quote.
        // (Skipped quotations do not count against the window, but every token visited counts against a
        // hard bound, so a paragraph of a thousand short quotations is still read in linear time.)
        for (int i = start; i < tokens.Count && i - start - skipped <= MaxSentenceTokens && i - start <= MaxVisitedTokens; i++)
        {
            if (!quoteEndsSentence && speakerless is null && tokens[i].Kind == TokenKind.QuoteMark && LaterQuoteEnd(passage, i) is { } end)
            {
                // “stagnant for a month” as donors waited out a “turbulent cycle,” he said: a later quotation
                // in the same sentence shares its cue.
                skipped += end - i;
                if (firstSkipped < 0) firstSkipped = tokens[i].Start;
                i = end;
                continue;
            }
            if (IsBoundary(passage, i)) break;
            if (CueLexicon.MatchAt(_text, passage, i) is not { } cue) continue;
            // “Q?” when questioned about ...: a clause about the quote, not its attribution.
            if (i > start && tokens[i - 1].IsWord && passage.Word(_text, i - 1) is "when" or "if" or "as" or "after" or "before" or "while" or "being") continue;
            // “Q.” Smith said he would... · “Q.” He cited the exclusion...: a new sentence with content of
            // its own. Only "“Q.” Smith said." is the quote's report.
            bool newSentence = quoteEndsSentence && Words.StartsUpper(_text, tokens[start]);
            // ("“Q?” Trump told Britain’s ITV", "“Q?” Obama asked Republican politicians": after "told" or
            // "asked" a capitalised word is whom they spoke to, not a clause.)
            if (newSentence && StartsClause(passage, cue.Last + 1) && !(cue.First == cue.Last && passage.Word(_text, cue.Last) is "told" or "tells" or "asked" or "asks")) break;
            // “Q?” a reporter can be heard asking Trump: after a verb of perceiving, the participle is the
            // report, its speaker the subject of that verb.
            if (cue.First == cue.Last && IsParticiple(passage, cue.Last))
            {
                if (cue.First - 1 > start && tokens[cue.First - 1].IsWord && passage.Word(_text, cue.First - 1) is "heard" or "seen" or "caught" or "filmed" or "recorded"
                    && SubjectBefore(passage, cue.First - 1, start) is { } perceived)
                {
                    return (new TextRange(tokens[cue.First].Start, tokens[cue.Last].End), perceived);
                }
                break;
            }

            int first = CueStart(passage, cue, start);
            // “terrible,” denounced her record and said ...: the phrase after such a verb is its object.
            if (first == start && !cue.SpeakerFollows && cue.First == cue.Last && CueLexicon.TakesObject(passage.Word(_text, cue.First))) continue;
            var cueRange = new TextRange(tokens[first].Start, tokens[cue.Last].End);
            var speaker = cue.SpeakerFollows || first == start
                ? PhraseAfter(passage, cue.Last + 1)
                : InvertedAfterComma(passage, cue, first) ?? SubjectBefore(passage, first, start) ?? (CueLexicon.TakesObject(passage.Word(_text, cue.Last)) ? null : PhraseAfter(passage, cue.Last + 1));
            // Past another quotation only a closing ", he said." reports the whole sentence, or a cue
            // whose speaker's appositive holds it ("Bill Eastland, wearing “Ted Cruz” pins, said").
            bool far = skipped > 0 || i - start - skipped > window;
            if (far && (speaker is not { } tail || ((skipped == 0 || tail.Start > firstSkipped) && !IsClosingReport(passage, Math.Min(first, passage.TokenAt(tail.Start)), Math.Max(cue.Last, passage.TokenAt(tail.End) - 1))))) break;
            if (newSentence && lastOfQuote == '.' && !EndsSentence(passage, speaker is { } s && s.End > tokens[cue.Last].End ? passage.TokenAt(s.End) : cue.Last + 1)) break;
            if (speaker is not null) return (cueRange, speaker);
            speakerless ??= (cueRange, null);
        }
        return speakerless;
    }

    /// <summary>
    /// "“Q” that Sanders can catch Clinton, said Steve Elmendorf, a strategist.": a cue after a comma with
    /// a name after it that closes the sentence (or opens an appositive) is inverted; the clause before the
    /// comma is what was said, not who said it. ("Smith, a lawyer, said Tuesday" keeps its subject.)
    /// </summary>
    private TextRange? InvertedAfterComma(Passage passage, CueMatch cue, int first)
    {
        var tokens = passage.Tokens;
        if (cue.SpeakerFollows || cue.First != cue.Last || first == 0 || tokens[first - 1].Kind != TokenKind.Punctuation || _text[tokens[first - 1].Start] != ','
            || CueLexicon.TakesObject(passage.Word(_text, cue.Last))) return null;
        if (PhraseAfter(passage, cue.Last + 1) is not { } name || !IsName(passage, name) || Words.IsTimeWord(passage.Word(_text, cue.Last + 1))) return null;
        return IsClosingReport(passage, first, passage.TokenAt(name.End) - 1) ? name : null;
    }

    /// <summary>"reportedly said", "who previously said": adverbs right before a cue belong to it.</summary>
    private int CueStart(Passage passage, CueMatch cue, int floor)
    {
        int first = cue.First;
        while (first - 1 >= floor && IsAdverb(passage, first - 1)) first--;
        return first;
    }

    private bool EndsSentence(Passage passage, int next) =>
        next >= passage.Tokens.Count || (passage.Tokens[next].Kind == TokenKind.Punctuation && _text[passage.Tokens[next].Start] is '.' or '!' or '?');

    private bool IsClosingReport(Passage passage, int first, int last)
    {
        var tokens = passage.Tokens;
        // The comma may sit inside the quotation just closed: “a messy season,” the promoter said.
        int comma = first - 1;
        if (comma > 0 && tokens[comma].Kind == TokenKind.QuoteMark) comma--;
        if (comma < 0 || tokens[comma].Kind != TokenKind.Punctuation || _text[tokens[comma].Start] != ',') return false;
        return last + 1 >= tokens.Count || (tokens[last + 1].Kind == TokenKind.Punctuation && _text[tokens[last + 1].Start] is '.' or ',' or '!' or '?' or ';')
            || OnlyPlaceAndTimeFollow(passage, last + 1);
    }

    /// <summary>
    /// "…,” Howard Dean proclaimed to a cheering crowd at the convention on Tuesday.": where and when the
    /// words were said, up to the sentence's end, still leave the report closing it.
    /// </summary>
    private bool OnlyPlaceAndTimeFollow(Passage passage, int next)
    {
        var tokens = passage.Tokens;
        if (!tokens[next].IsWord || passage.Word(_text, next) is not ("to" or "at" or "in" or "on" or "during" or "before")) return false;
        for (int i = next + 1; i < tokens.Count && i - next <= MaxSpeakerTokens; i++)
        {
            if (IsBoundary(passage, i)) return tokens[i].Kind == TokenKind.Punctuation;
            if (!tokens[i].IsWord) return false;
            var word = passage.Word(_text, i);
            if (LooksLikeVerb(word) || word is "that" or "who" or "which" || CueLexicon.MatchAt(_text, passage, i) is not null) return false;
        }
        return false;
    }

    /// <summary>The opening mark of the quotation closing at <paramref name="close"/>, when it does not end a sentence.</summary>
    private int? EarlierQuoteStart(Passage passage, int close)
    {
        var tokens = passage.Tokens;
        if (close == 0 || (tokens[close - 1].Kind == TokenKind.Punctuation && _text[tokens[close - 1].Start] is '.' or '!' or '?')) return null;
        for (int j = close - 1; j >= 0 && close - j <= MaxSentenceTokens; j--)
        {
            if (tokens[j].Kind == TokenKind.QuoteMark) return j > 0 ? j : null;
        }
        return null;
    }

    /// <summary>"That's why he wanted to “go an extra step”": the nearest he, she or they before the quote that opens a clause.</summary>
    private TextRange? PronounSubjectBefore(Passage passage, int openToken)
    {
        var tokens = passage.Tokens;
        for (int i = openToken - 2; i >= 0 && openToken - i <= MaxSentenceTokens && !IsBoundary(passage, i); i--)
        {
            if (tokens[i].IsWord && Pronoun(passage.Word(_text, i)) is "he" or "she" or "they" && tokens[i + 1].IsWord && char.IsLower(_text[tokens[i + 1].Start]))
            {
                return tokens[i].Range;
            }
        }
        return null;
    }

    /// <summary>Whether a sentence ends in the text between two quotations of one paragraph (outside both).</summary>
    private bool SentenceEndsBetween(Passage passage, int from, int to)
    {
        var tokens = passage.Tokens;
        for (int i = passage.TokenAt(from); i < tokens.Count && tokens[i].Start < to; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && _text[tokens[i].Start] is '.' or '!' or '?' && !IsNameDot(passage, i)) return true;
        }
        return false;
    }

    /// <summary>The closing mark of the quotation opening at <paramref name="open"/>, when the sentence goes on after it.</summary>
    private int? LaterQuoteEnd(Passage passage, int open)
    {
        var tokens = passage.Tokens;
        for (int j = open + 1; j < tokens.Count && j - open <= MaxSentenceTokens; j++)
        {
            if (tokens[j].Kind != TokenKind.QuoteMark) continue;
            if (j == open + 1 || tokens[j - 1].Kind != TokenKind.Punctuation) return j;
            return _text[tokens[j - 1].Start] is '.' or '!' or '?' ? null : j;
        }
        return null;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool QuotesIn(Passage passage)
    {
        foreach (var token in passage.Tokens)
        {
            if (token.Kind == TokenKind.QuoteMark) return true;
        }
        return false;
    }

    /// <summary>
    /// Who a paragraph ending with a colon introduces: the subject of its cue ("Caddell continued:",
    /// "The New York Times reports:"), else the last person or organisation it names ("this statement by
    /// Trump on June 11:"), else its subject.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private TextRange? IntroducedBy(Passage passage)
    {
        int last = passage.Tokens.Count - 1;
        if (last < 1 || passage.Tokens[last].Kind != TokenKind.Punctuation || _text[passage.Tokens[last].Start] != ':') return null;
        return Introducer(passage, last) ?? ClauseSubject(passage, last);
    }

    /// <summary>
    /// Who a clause ending in the colon at <paramref name="colon"/> hands the words to by naming them: the
    /// subject of its cue ("Caddell continued:"), else the last person or organisation it names ("Here's
    /// Clinton in December 1992:"). Callers fall back on the clause's subject ("S worded it carefully:").
    /// </summary>
    private TextRange? Introducer(Passage passage, int colon)
    {
        var tokens = passage.Tokens;
        if (colon < 1) return null;
        for (int i = colon - 1; i >= 0 && colon - i <= MaxSentenceTokens && !IsBoundary(passage, i); i--)
        {
            if (CueLexicon.MatchAt(_text, passage, i) is { SpeakerFollows: false } cue && SubjectBefore(passage, cue.First, 0) is { } subject) return subject;
        }
        int sentence = colon - 1;
        while (sentence > 0 && colon - sentence < MaxSentenceTokens && !IsBoundary(passage, sentence - 1)) sentence--;
        TextRange? named = null;
        foreach (var (range, entity) in _entities.MentionsIn(new TextRange(tokens[sentence].Start, tokens[colon].Start)))
        {
            if (entity.Kind is EntityKind.Person or EntityKind.Organization) named = range;
        }
        return named;
    }

    /// <summary>
    /// "Polls tightened late - Carl Bialik: “Q”": a name between a dash and the colon introduces the
    /// quote, as a digest of other writers' words reads; the words before the dash are the editor's.
    /// </summary>
    private TextRange? DashedName(Passage passage, int colon)
    {
        var tokens = passage.Tokens;
        int dash = colon - 1;
        while (dash >= 0 && colon - dash <= MaxSignatureTokens && (Words.StartsUpper(_text, tokens[dash]) || IsNameDot(passage, dash))) dash--;
        if (dash < 0 || dash == colon - 1 || tokens[dash].Kind != TokenKind.Punctuation || !Words.IsDash(_text[tokens[dash].Start])) return null;
        return Phrase(passage, dash + 1, colon) is { } name && IsName(passage, name) ? name : null;
    }

    /// <summary>
    /// —“Headline,” by Variety's Gordon Cox: “Q”: a digest's excerpt belongs to the writer its byline names
    /// (not to a name quoted in the headline).
    /// </summary>
    private TextRange? Byline(Passage passage, int colon)
    {
        var tokens = passage.Tokens;
        int by = colon - 1, writer = colon;
        while (by >= 0 && colon - by <= MaxSignatureTokens)
        {
            if (Words.StartsUpper(_text, tokens[by]) || IsNameDot(passage, by)) { by--; continue; }
            // "Variety's Gordon Cox", "Times' Michael Paulson": the outlet's possessive; the writer follows it.
            if (!IsPossessiveMark(passage, by) || writer != colon) break;
            writer = by + 1;
            by--;
        }
        // "by the Courier's Ana Ruiz"
        if (by > 0 && tokens[by].IsWord && passage.Word(_text, by) == "the" && by < colon - 1) by--;
        if (by < 0 || by == colon - 1 || !tokens[by].IsWord || passage.Word(_text, by) != "by") return null;
        return Phrase(passage, writer == colon ? by + 1 : writer, colon) is { } name && IsName(passage, name) ? name : null;
    }

    private bool IsPossessiveMark(Passage passage, int i)
    {
        var token = passage.Tokens[i];
        return token.Kind == TokenKind.Possessive
            || (token.Kind == TokenKind.Punctuation && _text[token.Start] is '\'' or '\u2019' && i > 0 && passage.Tokens[i - 1].IsWord && passage.Tokens[i - 1].End == token.Start);
    }

    /// <summary>The name after a dash that follows a quote and ends the paragraph or sentence.</summary>
    private TextRange? DashCredit(Passage passage, int start)
    {
        var tokens = passage.Tokens;
        if (start >= tokens.Count || tokens[start].Kind != TokenKind.Punctuation || !Words.IsDash(_text[tokens[start].Start])) return null;
        if (SubjectAt(passage, start + 1, Math.Min(tokens.Count, start + 1 + MaxSpeakerTokens)) is not { } name) return null;
        int after = passage.TokenAt(name.End);
        bool ends = after >= tokens.Count || IsBoundary(passage, after) || _text[tokens[after].Start] == ',';
        return ends && IsName(passage, name) ? name : null;
    }

    /// <summary>S said: “Q” · S said that “Q” · S urged X to “Q”: the nearest cue before the quote.</summary>
    [MethodImpl(Jit.Optimized)]
    private (TextRange? Cue, TextRange? Speaker)? CueBefore(Passage passage, int openToken, int maxDistance)
    {
        var tokens = passage.Tokens;
        (TextRange? Cue, TextRange? Speaker)? speakerless = null;
        int skipped = 0;
        for (int i = openToken - 1; i >= 0 && openToken - i - skipped <= maxDistance + 3 && openToken - i <= MaxVisitedTokens; i--)
        {
            if (maxDistance >= MaxSentenceTokens && tokens[i].Kind == TokenKind.QuoteMark && EarlierQuoteStart(passage, i) is { } opening)
            {
                // Sanders said on ABC's “This Week” that he would “take a look”: the sentence's report
                // lies past an earlier quotation of the same sentence.
                skipped += i - opening;
                i = opening;
                continue;
            }
            if (tokens[i].Kind == TokenKind.QuoteMark || IsBoundary(passage, i)) break;
            if (CueLexicon.MatchAt(_text, passage, i) is not { } cue) continue;
            if (openToken - cue.Last - 1 - skipped > maxDistance) break;

            int first = CueStart(passage, cue, 0);
            var cueRange = new TextRange(tokens[first].Start, tokens[cue.Last].End);
            var found = SpeakerOfCueBefore(passage, cue, openToken);
            if (found is { Speaker: not null }) return found.Value.Cue is null ? (cueRange, found.Value.Speaker) : found;
            speakerless ??= (cueRange, null);
        }
        return speakerless;
    }

    private (TextRange? Cue, TextRange? Speaker)? SpeakerOfCueBefore(Passage passage, CueMatch cue, int openToken)
    {
        var tokens = passage.Tokens;
        if (cue.SpeakerFollows)
        {
            // "Win Htein said that according to its analysis, the NLD has won “Q”": a source that is no
            // one ("its analysis") inside a named report leaves the quote to the report.
            var source = PhraseAfter(passage, cue.Last + 1);
            if (source is { } named && passage.Word(_text, passage.TokenAt(named.Start)) is "its" or "his" or "her" or "their"
                && OuterSpeaker(passage, cue.First) is { } reporter)
            {
                return reporter;
            }
            return (null, source);
        }
        // "As reported by Western Journalism, ..." : the agent of a passive cue.
        // ("said by telephone" names no agent.)
        // ("was asked by radio host Dana Marsh whether …": a description before the agent's name.)
        if (cue.Last + 2 < openToken && tokens[cue.Last + 1].IsWord && passage.Word(_text, cue.Last + 1) == "by"
            && PhraseAfter(passage, cue.Last + 2, stopAt: openToken) is { } agent
            && (Words.StartsUpper(_text, tokens[cue.Last + 2]) || passage.Word(_text, cue.Last + 2) is "the" or "a" or "an" || HasCapital(passage, cue.Last + 2, passage.TokenAt(agent.End))))
        {
            return (null, agent);
        }
        // "..., telling reporters “Q”": a participle's speaker is the subject of the clause it hangs on.
        // "..., with Trump reportedly yelling: “Q”": after "with", the participle has a subject of its own.
        if (cue.First == cue.Last && IsParticiple(passage, cue.Last)) return (null, WithSubject(passage, cue.First) ?? ClauseSubject(passage, cue.First) ?? SubjectAfterClause(passage, cue.Last, openToken));
        // "Smith, says Carl Anthony, a historian, is that she was “Q”": a cue set off by commas, its speaker after it.
        if (cue.First > 0 && tokens[cue.First - 1] is { Kind: TokenKind.Punctuation } before && _text[before.Start] == ','
            && !CueLexicon.TakesObject(passage.Word(_text, cue.Last))
            && SubjectAt(passage, cue.Last + 1, openToken) is { } parenthetical && IsName(passage, parenthetical)
            && passage.TokenAt(parenthetical.End) is var after && after < openToken && _text[tokens[after].Start] == ',')
        {
            return (null, parenthetical);
        }
        var subject = SubjectBefore(passage, cue.First, 0);
        // A modal before the inner cue ("will say") makes it a prediction inside the outer report.
        bool predicted = cue.First > 0 && tokens[cue.First - 1].IsWord && IsModal(passage.Word(_text, cue.First - 1));
        if (subject is { } inner && (!char.IsUpper(_text[inner.Start]) || predicted) && !OpensAdverbialClause(passage, inner) && OuterSpeaker(passage, cue.First) is { } outer)
        {
            // "Obama said he expected that Americans will say “no”": the report is Obama's.
            return outer;
        }
        if (subject is { } pronoun && RelativeBefore(passage, pronoun) is { } relative && ClauseSubject(passage, relative) is { } sentenceSubject
            && CouldBe(sentenceSubject, Pronoun(pronoun.Slice(_text))!))
        {
            // "Cruz has railed against what he calls the “Washington cartel”": the words are the
            // sentence's report, and its subject is the one the pronoun stands for.
            subject = sentenceSubject;
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
    /// Whether <paramref name="phrase"/> can be what <paramref name="pronoun"/> stands for: the pronoun
    /// itself, or a phrase naming a person for "he" and "she", an organisation or document for "it" and
    /// "they". "The remarks", "His speech", "North Korea" cannot be "he".
    /// </summary>
    private bool CouldBe(TextRange phrase, string pronoun)
    {
        if (Pronoun(phrase.Slice(_text)) == pronoun) return true;
        foreach (var (_, entity) in _entities.MentionsIn(phrase))
        {
            bool fits = pronoun is "he" or "she"
                ? entity.Kind == EntityKind.Person
                : entity.Kind is EntityKind.Organization or EntityKind.Document;
            if (fits) return true;
        }
        return false;
    }

    /// <summary>
    /// The token of "what" or "whom" right before a pronoun subject ("what he calls"), or null. Not
    /// "which": "an ad in which she declares" is about the ad, and the pronoun speaks for itself.
    /// </summary>
    private int? RelativeBefore(Passage passage, TextRange subject)
    {
        int token = passage.TokenAt(subject.Start);
        if (token < 1 || token >= passage.Tokens.Count || passage.Tokens[token].End != subject.End) return null;
        if (Pronoun(passage.Word(_text, token)) is null) return null;
        return passage.Tokens[token - 1].IsWord && passage.Word(_text, token - 1) is "what" or "whom" ? token - 1 : null;
    }

    /// <summary>
    /// An earlier cue of the same clause whose subject is a name: the outer report of "Obama said he
    /// expected that Americans will say “no”". A comma between the two means they are separate clauses.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    /// <summary>
    /// "Cruz said as the heckler yelled: “Q”": a clause of time or reason after "as", "when" and the like is
    /// no part of what the outer cue reports; its own subject, someone else, speaks.
    /// </summary>
    private bool OpensAdverbialClause(Passage passage, TextRange subject)
    {
        // ("Clinton said as he introduced his wife": a pronoun there is still the outer speaker.)
        if (Pronoun(subject.Slice(_text)) is not null) return false;
        int before = passage.TokenAt(subject.Start) - 1;
        return before >= 0 && passage.Tokens[before].IsWord && passage.Word(_text, before) is var word && (word == "as" || Subordinators.Contains(word));
    }

    private (TextRange? Cue, TextRange? Speaker)? OuterSpeaker(Passage passage, int innerCue)
    {
        var tokens = passage.Tokens;
        for (int i = innerCue - 2; i >= 0 && innerCue - i <= MaxSentenceTokens; i--)
        {
            if (tokens[i].Kind == TokenKind.QuoteMark || IsBoundary(passage, i)) return null;
            if (tokens[i].Kind == TokenKind.Punctuation && _text[tokens[i].Start] == ',') return null;
            if (CueLexicon.MatchAt(_text, passage, i) is not { SpeakerFollows: false } cue) continue;
            if (SubjectBefore(passage, cue.First, 0) is { } subject && (IsName(passage, subject) || NamesADocument(subject)))
            {
                return (new TextRange(tokens[cue.First].Start, tokens[cue.Last].End), subject);
            }
        }
        return null;
    }
}
