using System;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Quotes;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Attribution;

/// <summary>
/// Finding a quotation's cue after it (“Q,” S said · “Q,” said S) or before it (S said: “Q” · S urged X
/// to “Q”), and the speaker each template gives.
/// </summary>
public sealed partial class Attributor
{
    private (TextRange? Cue, TextRange? Speaker) FindCueAndSpeaker(ScannedQuote quote, Passage open, int openToken, Passage close, int closeToken)
    {
        char last = quote.Content.End > quote.Content.Start ? _text[quote.Content.End - 1] : ' ';
        var after = CueAfter(close, closeToken + 1, last);
        var before = CueBefore(open, openToken, MaxCueDistance);
        bool handsOver = HandsOver(last);
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
        // ("Christie refers to the candidate, who is his friend, as “Mr. Trump,” while Trump refers to …": however far.)
        if (after is { Speaker: { } contrasted } && OpensContrast(close, contrasted)
            && (before is { Speaker: not null } ? before : SentenceReport()) is { Speaker: not null } contrastedWith) return contrastedWith;
        // "Clinton responds to Mills with, “Why now?” Mills then writes back, “You look cute.”": after a quote
        // that ends its sentence, a cue handing over to a quote of its own reports that one.
        if (after is { Cue: { } nextCue } && before is { Speaker: not null } && last is '?' or '!' or '.' && IntroducesQuote(close, nextCue)) return before.Value;
        // "Axelrod emailed her, telling her, “you are an all-star player!” She replied that …": a quote handed
        // over by a comma or colon after its cue, and ending its sentence, is that cue's; the next sentence is new.
        if (after is not null && before is { Speaker: not null } && last is '?' or '!' or '.' && openToken > 0
            && open.Tokens[openToken - 1] is { Kind: TokenKind.Punctuation } handOver && _text[handOver.Start] is ',' or ':'
            && closeToken + 1 < close.Tokens.Count && Words.StartsUpper(_text, close.Tokens[closeToken + 1])) return before.Value;
        // After Scalia said that they might do better at “less advanced schools,” Trump said: … · When someone
        // shouted, “Cruz,” Beck joked: the quote belongs to the report of the clause that opens the sentence.
        if (after is { Speaker: not null } && (before is { Speaker: not null } ? before : SentenceReport()) is { Speaker: not null, Cue: { } clauseCue } fronted
            && InOpeningClause(open, clauseCue) && !CommaBetween(open, clauseCue.End, openToken)) return fronted;
        if (after is { Speaker: not null } a && (handsOver || before is not { Speaker: not null })) return a;
        // “Q.” ― Adriana Rodarte: a dash and a name credit the quote, as in lists of reactions.
        if (DashCredit(close, closeToken + 1) is { } credited) return (null, credited);
        // "But polls did predict the caucus - HuffPollster: “Q”": a name set off by a dash before the colon
        // hands the quote over, whatever cue came before it.
        if (openToken > 1 && open.Tokens[openToken - 1] is { Kind: TokenKind.Punctuation } digestColon && _text[digestColon.Start] == ':'
            && DashedName(open, openToken - 1) is { } dashed) return (null, dashed);
        // "The movement has been called “strategic ambiguity” by Joshua Hendrick": a passive cue before the
        // quote, its agent after it.
        if (before is { Cue: { } passiveCue } && open == close && PassiveAgentAfter(open, passiveCue, closeToken) is { } agent) return (passiveCue, agent);
        if (before is { Speaker: not null } b) return b;
        // S worded it carefully: “Q” · Here's Clinton in December 1992: “Q” — a colon hands the quote over.
        if (openToken > 0 && open.Tokens[openToken - 1] is { Kind: TokenKind.Punctuation } colon && _text[colon.Start] == ':'
            && (DashedName(open, openToken - 1) ?? Byline(open, openToken - 1) ?? ClauseSubject(open, openToken - 1) ?? Introducer(open, openToken - 1)) is { } introducer)
        {
            // "Axelrod said this was a “miscalculation” and that she has learned her lesson: “Q”": a clause
            // inside the sentence's named report, its subject no name (nor a pronoun that may be the
            // reporter: "Reid said ..., but he gave the Texan a compliment:"), leaves the quote to the report.
            if (!IsName(open, introducer) && SentenceReport() is { Speaker: { } reporter } namedReport && reporter.End <= introducer.Start && IsName(open, reporter)
                && (Pronoun(introducer.Slice(_text)) is not { } introducing || OfOtherGender(reporter, introducing))) return namedReport;
            // "The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Q”": a subject that
            // is no one leaves the quote to the person named right before the colon.
            if (!NamesSomeone(open, introducer) && PersonEndingAt(open, openToken - 1) is { } colonName && colonName.Start > introducer.End) return (null, colonName);
            return (null, introducer);
        }
        // Smith said on Monday that the plan ... was a “mistake”: the sentence's cue, however far.
        // ("Clinton endorsed the deal, although she made it clear that she has “serious concerns”": a clause of
        // contrast with a subject of its own says whose words they are.)
        if (SentenceReport() is { Speaker: not null, Cue: { } sentenceCue } sentence && !ContrastClauseBetween(open, sentenceCue.End, openToken)) return sentence;
        // "..., fanning controversy over her remark that “Q”": the words' owner.
        if (OwnerOfWords(open, openToken) is { } owner) return (null, NamedOwner(open, owner) ?? owner);
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
            if (!quoteEndsSentence && speakerless is null && tokens[i].Kind == TokenKind.QuoteMark && !Nickname.IsMark(_text, tokens, i) && LaterQuoteEnd(passage, i) is { } end)
            {
                // “stagnant for a month” as donors waited out a “turbulent cycle,” he said: a later quotation
                // in the same sentence shares its cue. (A nickname inside the speaker's name is no quotation.)
                skipped += end - i;
                if (firstSkipped < 0) firstSkipped = tokens[i].Start;
                i = end;
                continue;
            }
            if (IsBoundary(passage, i)) break;
            if ((CueLexicon.MatchAt(_text, passage, i) ?? StatesAfterQuote(passage, start, i, quoteEndsSentence)) is not { } cue) continue;
            // “Q?” when questioned about ...: a clause about the quote, not its attribution.
            if (i > start && tokens[i - 1].IsWord && passage.Word(_text, i - 1) is "when" or "if" or "as" or "after" or "before" or "while" or "being") continue;
            // “Q.” Smith said he would... · “Q.” He cited the exclusion...: a new sentence with content of
            // its own. Only "“Q.” Smith said." is the quote's report.
            bool newSentence = quoteEndsSentence && Words.StartsUpper(_text, tokens[start]);
            // ("“Is Dalton Brody off Conn or Wisconsin?” Dalton Brody is a store, which sells …, according to
            // its website": a new sentence reports the quote only with its cue near, past a speaker's phrase.)
            if (newSentence && i - start > MaxCueWindow) break;
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
            // "“poison pill” measures added by Republicans", "“American Skin” was written by Springsteen": a
            // past participle right after the quote and "by" name the agent.
            if (!cue.SpeakerFollows && cue.First == cue.Last && cue.First - start <= 2 && cue.Last + 2 < tokens.Count && tokens[cue.Last + 1].IsWord && passage.Word(_text, cue.Last + 1) == "by"
                && passage.Word(_text, cue.Last) is var participle && (participle.EndsWith("ed", StringComparison.Ordinal) || participle is "written" or "told")
                && PhraseAfter(passage, cue.Last + 2) is { } agent)
            {
                return (cueRange, agent);
            }
            var speaker = cue.SpeakerFollows || first == start
                ? PhraseAfter(passage, cue.Last + 1)
                : InvertedAfterComma(passage, cue, first) ?? SubjectBefore(passage, first, start) ?? (CueLexicon.TakesObject(passage.Word(_text, cue.Last)) ? null : PhraseAfter(passage, cue.Last + 1));
            // Past another quotation only a closing ", he said." reports the whole sentence, or a cue
            // whose speaker's appositive holds it ("Bill Eastland, wearing “Ted Cruz” pins, said").
            bool far = skipped > 0 || i - start - skipped > window;
            if (far && (speaker is not { } tail || ((skipped == 0 || tail.Start > firstSkipped) && !IsClosingReport(passage, Math.Min(first, passage.TokenAt(tail.Start)), Math.Max(cue.Last, passage.TokenAt(tail.End) - 1))))) break;
            // ("“15%!” Her father worried that voters limit the news they read": a new sentence's report is its own
            // main clause, not one inside it.)
            if (newSentence && speaker is { } inner && first != start && ClauseOpensBetween(passage, start, passage.TokenAt(inner.Start))) break;
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
        if (cue.First == cue.Last && IsParticiple(passage, cue.Last))
        {
            var participleSubject = WithSubject(passage, cue.First) ?? SubordinateSubject(passage, cue.First) ?? ClauseSubject(passage, cue.First) ?? SubjectAfterClause(passage, cue.Last, openToken);
            return participleSubject is { } personal && Pronoun(personal.Slice(_text)) is "he" or "she" or "they" && cue.First > 1 && ParentheticalReport(passage, cue.First - 1) is { } reporter
                ? reporter
                : (null, participleSubject);
        }
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
        if (subject is { } inner && ((!char.IsUpper(_text[inner.Start]) && !DescribesAPerson(inner)) || predicted || (IsName(passage, inner) && ReportedClauseOpensAt(passage, passage.TokenAt(inner.Start)))) && !OpensAdverbialClause(passage, inner)
            && OuterSpeaker(passage, cue.First, forPronoun: Pronoun(inner.Slice(_text)) is "he" or "she" or "they", inner: inner) is { } outer)
        {
            // "Obama said he expected that Americans will say “no”": the report is Obama's. (A definite
            // description of a person names a speaker as a name does: "the California congressman said".)
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
    /// An earlier cue of the same clause whose subject is a name (or a document): the outer report of "Obama
    /// said he expected that Americans will say “no”". A comma between the two means they are separate
    /// clauses. When the inner subject is a personal pronoun (<paramref name="forPronoun"/>), a description
    /// reports too ("The longtime senator said he rarely asks", "prosecutors say he told …"), and so does a
    /// report set off by commas earlier in the sentence. When it is a name (<paramref name="inner"/>), "he"
    /// or "she" reports too ("She noted that Sanders has criticized the president … and called him “weak”"),
    /// and a cue of that name's own (its "has criticized") is passed over.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private (TextRange? Cue, TextRange? Speaker)? OuterSpeaker(Passage passage, int innerCue, bool forPronoun = false, TextRange? inner = null)
    {
        var tokens = passage.Tokens;
        for (int i = innerCue - 2; i >= 0 && innerCue - i <= MaxSentenceTokens; i--)
        {
            if (tokens[i].Kind == TokenKind.QuoteMark || IsBoundary(passage, i)) return null;
            if (tokens[i].Kind == TokenKind.Punctuation && _text[tokens[i].Start] == ',') return forPronoun ? ParentheticalReport(passage, i) : null;
            if (CueLexicon.MatchAt(_text, passage, i) is not { SpeakerFollows: false } cue) continue;
            if (SubjectBefore(passage, cue.First, 0) is { } subject && subject != inner && (IsName(passage, subject) || NamesADocument(subject)
                || (forPronoun && (IsDefinite(subject) || DescribesPeople(subject)))
                || (inner is { } named && IsName(passage, named) && Pronoun(subject.Slice(_text)) is "he" or "she")))
            {
                return (new TextRange(tokens[cue.First].Start, tokens[cue.Last].End), subject);
            }
        }
        return null;
    }

    /// <summary>Whether a verb or a word opening a clause ("that", "who") stands in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool ClauseOpensBetween(Passage passage, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (passage.Tokens[i].IsWord && passage.Word(_text, i) is var word && char.IsLower(word[0])
                && (word is "that" or "who" or "which" || LooksLikeVerb(word) || CueLexicon.IsCue(word))) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="cue"/> hands over to a quotation right after it ("writes back, “Q”").</summary>
    private bool IntroducesQuote(Passage passage, TextRange cue)
    {
        var tokens = passage.Tokens;
        int i = passage.TokenAt(cue.End);
        if (i < tokens.Count && tokens[i].IsWord && passage.Word(_text, i) is "back" or "in") i++;
        return i + 1 < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && _text[tokens[i].Start] is ',' or ':' && tokens[i + 1].Kind == TokenKind.QuoteMark;
    }

    /// <summary>The agent after a quote whose cue before it is passive: was called “Q” by <i>S</i>, ", called “Q” by <i>the citizens</i>".</summary>
    private TextRange? PassiveAgentAfter(Passage passage, TextRange cue, int closeToken)
    {
        var tokens = passage.Tokens;
        int cueToken = passage.TokenAt(cue.Start);
        if (cueToken < 1) return null;
        // (A participle that takes an object, set off by a comma, is passive too: ", called “…” by the citizens";
        // "That letter, on port paper, demanded" is not.)
        bool passive = tokens[cueToken - 1].IsWord
            ? CueLexicon.IsBeForm(passage.Word(_text, cueToken - 1))
            : _text[tokens[cueToken - 1].Start] == ',' && CueLexicon.TakesObject(passage.Word(_text, cueToken));
        if (!passive) return null;
        int by = closeToken + 1;
        if (by < tokens.Count && tokens[by].Kind == TokenKind.Punctuation && _text[tokens[by].Start] == ',') by++;
        // ("… “a full public apology” by Friday": a time is no agent.)
        if (by + 1 >= tokens.Count || !tokens[by].IsWord || passage.Word(_text, by) != "by" || Words.IsTimeWord(passage.Word(_text, by + 1))
            || !(Words.StartsUpper(_text, tokens[by + 1]) || passage.Word(_text, by + 1) == "the")) return null;
        return PhraseAfter(passage, by + 1);
    }

    /// <summary>
    /// “Q,” the document states · “Q,” the Saudis state in the white paper: "state" is a noun too often to be
    /// a cue anywhere ("swing states", "the Islamic State"), but right after a quote that hands over, behind a
    /// short phrase opened by an article, it reports the quote.
    /// </summary>
    private CueMatch? StatesAfterQuote(Passage passage, int start, int i, bool quoteEndsSentence)
    {
        var tokens = passage.Tokens;
        if (quoteEndsSentence || i - start < 2 || i - start > 6 || !tokens[i].IsWord || passage.Word(_text, i) is not ("states" or "state")) return null;
        if (!tokens[start].IsWord || passage.Word(_text, start) is not ("the" or "a" or "an")) return null;
        // ("“Q” the rest of the states": after an article or a preposition "states" is the noun.)
        if (IsFunctionWord(passage.Word(_text, i - 1))) return null;
        for (int k = start + 1; k < i; k++)
        {
            if (!tokens[k].IsWord) return null;
        }
        return new CueMatch(i, i, false);
    }
}
