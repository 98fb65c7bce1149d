using System;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Entities;
using CorpusGen.Core.Quotes;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Attribution;

/// <summary>Finding the phrase that names a speaker: subjects of cues, appositives, clause subjects.</summary>
public sealed partial class Attributor
{
    private static readonly WordSet PhraseStops = Words.Set("in on at during after before while when as via to from this last who which that adding according because but where whose told whether if why how what");
    private static readonly WordSet LeadingFiller = Words.Set("and but so yet then though however meanwhile still also first later now And But So Yet Then Though However Meanwhile Still Also Later Now");
    private static readonly WordSet Determiners = Words.Set("a an the this these those his her its their our my your some any no every each another The A An This These Those");
    private static readonly WordSet NotInSpeakerPhrase = Words.Set("would not to because though did was were is are has had have will can could should may might if when while than which what whether it's that there ’s 's otherwise");

    /// <summary>Nouns that end a time fronted without a comma: "at one point the crowd", "within weeks the campaign".</summary>
    private static readonly WordSet FrontedTimeNouns = Words.Set("point moment times night week weeks weekend year years month months day days");

    /// <summary>Words for a share of those just named: "many of them", "some of whom".</summary>
    private static readonly WordSet PartWords = Words.Set("many some most all several few both half one two three");

    private static readonly WordSet NumberWords = Words.Set("two three four five six seven eight nine Two Three Four Five Six Seven Eight Nine");

    /// <summary>
    /// The poll a sentence names before <paramref name="share"/> when the speaker phrase is a share of the
    /// people it asked ("37 percent of Americans", "Six in 10 Republicans", "22%"). PolNeAR's annotators
    /// credit the poll there; with no poll named, the share is the speaker ("21 percent said").
    /// </summary>
    private TextRange? PollBehindShare(Passage passage, TextRange share)
    {
        var tokens = passage.Tokens;
        int at = passage.TokenAt(share.Start);
        if (!IsShareOfPeople(passage, share))
        {
            // "31% of Republicans and Republican-leaning voters said": the phrase found is the second of those asked.
            if (ShareBefore(passage, at) is not { } whole) return null;
            at = whole;
        }
        int floor = Math.Max(0, at - MaxSentenceTokens);
        // (Across other quotations: "while 37 percent say he is “very responsible,” 22 percent say …".)
        for (int i = at - 1; i >= floor && (tokens[i].Kind == TokenKind.QuoteMark || !IsBoundary(passage, i)); i--)
        {
            if (!tokens[i].IsWord || passage.Word(_text, i) is not ("poll" or "survey")) continue;
            // "In a September Washington Post-ABC News poll": from its determiner, within a few words.
            int start = i;
            for (int j = i - 1; j >= Math.Max(floor, i - 6) && !StopsPhraseBackward(passage, j); j--)
            {
                if (!tokens[j].IsWord) continue;
                var word = passage.Word(_text, j);
                if (Prepositions.Contains(word)) break;
                if (Determiners.Contains(word)) { start = j; break; }
            }
            return new TextRange(tokens[start].Start, tokens[i].End);
        }
        return null;
    }

    /// <summary>The token opening "31% of Republicans and" right before token <paramref name="at"/>, or null.</summary>
    private int? ShareBefore(Passage passage, int at)
    {
        var tokens = passage.Tokens;
        if (at < 4 || !tokens[at - 1].IsWord || passage.Word(_text, at - 1) is not ("and" or "or")) return null;
        for (int of = at - 2; of >= 2 && at - of <= 5; of--)
        {
            if (!tokens[of].IsWord || passage.Word(_text, of) != "of") continue;
            for (int first = of - 2; first >= Math.Max(0, of - 3); first--)
            {
                if (IsShareOfPeople(passage, new TextRange(tokens[first].Start, tokens[of - 1].End))) return first;
            }
            return null;
        }
        return null;
    }

    /// <summary>"37 percent of Americans", "22%", "Six in 10 Republicans": a number of people out of those asked.</summary>
    private bool IsShareOfPeople(Passage passage, TextRange phrase)
    {
        // (Tokens, not the phrase's words: this is asked of every speaker phrase.)
        var tokens = passage.Tokens;
        int first = passage.TokenAt(phrase.Start);
        if (first + 1 >= tokens.Count || !tokens[first].IsWord || tokens[first + 1].End > phrase.End) return false;
        if (!char.IsDigit(_text[tokens[first].Start]) && !NumberWords.Contains(_text, tokens[first].Start, tokens[first].Length)) return false;
        var next = tokens[first + 1];
        if (!next.IsWord) return _text[next.Start] == '%';
        var word = passage.Word(_text, first + 1);
        return word == "percent"
            || (word == "in" && first + 2 < tokens.Count && tokens[first + 2].End <= phrase.End && passage.Word(_text, first + 2) is "10" or "ten");
    }

    /// <summary>
    /// "He didn't suggest retaliation.", "She never said so.": a cue denied reports nothing, so the
    /// sentence hands no quotation after it to its subject.
    /// </summary>
    private bool IsNegated(Passage passage, int cue)
    {
        if (cue == 0 || !passage.Tokens[cue - 1].IsWord) return false;
        var word = passage.Word(_text, cue - 1);
        return word is "not" or "never" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal);
    }

    /// <summary>
    /// "Theresa May said", "“…,” May said" once she is named: a month's name that is a surname or a
    /// person's mention is the speaker, not the time of the saying. (A month cut short, "Jun wrote",
    /// never is a time right before the cue: a date has its day, "Jun. 5".)
    /// </summary>
    private bool IsMonthSurname(Passage passage, int i) =>
        Words.IsMonthName(_text, passage.Tokens[i].Start, passage.Tokens[i].Length)
        && ((i > 0 && passage.Tokens[i - 1].IsWord && Lexicon.IsSurnameAfter(passage.Word(_text, i - 1), passage.Word(_text, i))) || NamesAnEntity(passage.Tokens[i].Range));

    /// <summary>"said he would", "said that", "said Trump's": what follows the cue is a clause of its own.</summary>
    private bool StartsClause(Passage passage, int i)
    {
        var tokens = passage.Tokens;
        if (i >= tokens.Count || !tokens[i].IsWord) return false;
        var word = passage.Word(_text, i);
        return Pronoun(word) is not null || word is "that" or "we" or "I" or "there" or "you"
            || (char.IsUpper(word[0]) && !Words.IsTimeWord(word));
    }

    /// <summary>
    /// The speaker before a cue at token <paramref name="cue"/>: "Smith said", "Smith, 45, a lawyer,
    /// said" (the name before the appositive), "he laughed and said" (the subject of the first verb).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private TextRange? SubjectBefore(Passage passage, int cue, int floor)
    {
        var tokens = passage.Tokens;
        int end = cue;
        // "could only quip": "only" before a cue qualifies it (elsewhere it is an adjective: "its only ally").
        if (end - 2 >= floor && tokens[end - 1].IsWord && passage.Word(_text, end - 1) == "only" && IsAuxiliary(passage, end - 2)) end--;
        // "who has in the past described": the time expression's "the" goes with it. ("less than two weeks
        // ago said": a number is part of one only before its noun; "the two write" are who writes.)
        while (end - 1 >= floor && (IsAuxiliary(passage, end - 1) || (tokens[end - 1].IsWord && ((Words.IsTimeWord(passage.Word(_text, end - 1)) && !IsMonthSurname(passage, end - 1) && !Words.IsMonthAbbreviation(passage.Word(_text, end - 1))
                       && !(end == cue && Words.IsCount(passage.Word(_text, end - 1))))
                   || (end < cue && passage.Word(_text, end - 1) == "the" && Words.IsTimeWord(passage.Word(_text, end))))))) end--;
        // "A State Department report issued earlier this year reported": a participle before the time
        // expression qualifies the noun; the phrase ends with the noun.
        if (end < cue && end - 2 >= floor && tokens[end - 1].IsWord && passage.Word(_text, end - 1) is var participle && char.IsLower(participle[0])
            && participle.EndsWith("ed", StringComparison.Ordinal) && !CueLexicon.IsCue(participle) && tokens[end - 2].IsWord) end--;
        // "Sen. Jack Reed (D-R.I.) said": the phrase ends with the parenthesis, but is found before it.
        int phraseEnd = end;
        if (end - 1 >= floor && OpeningParenthesis(passage, end - 1, floor) is >= 0 and var open) end = open;
        if (end - 1 < floor) return null;

        var previous = tokens[end - 1];
        if (previous.Kind == TokenKind.QuoteMark && end - 2 > floor && tokens[end - 2].Kind == TokenKind.Punctuation && _text[tokens[end - 2].Start] == ','
            && EarlierQuoteStart(passage, end - 1) is { } title && title > floor && OpensAppositive(passage, title, floor))
        {
            // "As Akhil Amar, … author of ''America's Unwritten Constitution,'' put it": the comma closing the
            // appositive sits inside a title's marks; the appositive is read from before the title.
            return AppositiveSubject(passage, title, floor);
        }
        if (previous.Kind == TokenKind.Punctuation && (_text[previous.Start] == ',' || Words.IsDash(_text[previous.Start])))
        {
            // "Cory James, 22, of Flint, said" · "..., Gov. John Kasich (R-OH), said" · "Jones -- a lawyer -- told me"
            return NameBeforeAside(passage, end - 1, floor) ?? AppositiveSubject(passage, end - 1, floor);
        }
        if (previous.IsWord && (passage.Word(_text, end - 1) is "who" or "which" || IsRelativeThat(passage, end - 1, floor)))
        {
            // "Stevie Wonder, who joked": the one the relative clause is about, the name right before it.
            int antecedent = end - 1;
            while (antecedent - 1 >= floor && tokens[antecedent - 1].Kind == TokenKind.Punctuation && _text[tokens[antecedent - 1].Start] == ',') antecedent--;
            // "Donald Trump - who previously said": a dash sets the clause off from a name as a comma does.
            if (antecedent - 2 >= floor && tokens[antecedent - 1].Kind == TokenKind.Punctuation && Words.IsDash(_text[tokens[antecedent - 1].Start])
                && Words.StartsUpper(_text, tokens[antecedent - 2]))
            {
                antecedent--;
            }
            int first = antecedent;
            while (first - 1 >= floor && antecedent - first < MaxSpeakerTokens && (Words.StartsUpper(_text, tokens[first - 1]) || IsNameDot(passage, first - 1))) first--;
            if (first < antecedent && Phrase(passage, first, antecedent) is { } named)
            {
                _relativeSubjects[named] = new TextRange(previous.Start, previous.End);
                return named;
            }
            if (antecedent <= floor || SubjectBefore(passage, antecedent, floor) is not { } described) return null;
            // "The council voted 6-1 for the resolution which said": the antecedent is the noun phrase right
            // before the relative, not the clause that ends with it.
            described = NounPhraseAfterVerb(passage, passage.TokenAt(described.Start), antecedent) ?? described;
            // "Scott Reed, the Chamber's strategist, who added": "who" is the mention, as after a name.
            _relativeSubjects[described] = new TextRange(previous.Start, previous.End);
            return described;
        }
        if (previous.IsWord && passage.Word(_text, end - 1) is "and" or "but")
        {
            // "Ryan lamented the “disheartened” state and criticized": the verb before "and" has the subject.
            // "he laughed and said" · "Clinton, also in Wisconsin, said ... and accused him of “Q”"
            // "such as when Cruz knocked Rubio on trade and called him": the subject of the clause the verbs share.
            return CoordinatedSubject(passage, end - 1, floor) ?? ClauseSubject(passage, end - 1) ?? SubordinateClauseSubject(passage, end - 1)
                ?? SeriesSubject(passage, end - 1, floor);
        }

        int begin = end;
        // "“Q,” said one Democrat familiar with it, who added": the cue before the phrase is not in it.
        while (begin - 1 >= floor && end - begin < MaxSpeakerTokens && !StopsPhraseBackward(passage, begin - 1)
               && !(tokens[begin - 1].IsWord && (NotInSpeakerPhrase.Contains(passage.Word(_text, begin - 1)) || CueLexicon.IsVerbOnly(passage.Word(_text, begin - 1))))
               && !OpensSubordinateClause(passage, begin - 1)) begin--;
        begin = PersonDescribedBefore(passage, begin, end) ?? begin;
        if (begin - 2 >= floor && tokens[begin - 1].IsWord && passage.Word(_text, begin - 1) is "to" or "with" && IsParticiple(passage, begin - 2))
        {
            // "Another source speaking to Fox News said": the speaker is the head before the participle.
            int head = begin - 2;
            int headBegin = head;
            while (headBegin - 1 >= floor && head - headBegin < MaxSpeakerTokens && !StopsPhraseBackward(passage, headBegin - 1)
                   && !(tokens[headBegin - 1].IsWord && NotInSpeakerPhrase.Contains(passage.Word(_text, headBegin - 1)))) headBegin--;
            if (Phrase(passage, headBegin, head) is { } headPhrase) return headPhrase;
        }
        var phrase = Phrase(passage, begin, phraseEnd) ?? Phrase(passage, begin, end);
        if (phrase is { } p && passage.TokenAt(p.Start) is var opening
            && (!HasCapital(passage, opening, passage.TokenAt(p.End)) || (opening > floor && tokens[opening - 1].IsWord && passage.Word(_text, opening - 1) is "who" or "that"))
            && (LooksLikeVerb(passage.Word(_text, opening)) || (opening > 0 && tokens[opening - 1].IsWord && passage.Word(_text, opening - 1) == "to")))
        {
            // "an official who spoke anonymously to discuss strategy said" · "the areas that were hacked
            // suggested": a verb is no speaker; the subject is the phrase the relative clause hangs on.
            for (int w = opening - 1; w > floor && opening - w <= MaxSpeakerTokens && !IsBoundary(passage, w); w--)
            {
                if (tokens[w].IsWord && passage.Word(_text, w) is "who" or "that") return SubjectBefore(passage, w, floor);
            }
            return null;
        }
        if (phrase is { } verbPhrase && passage.TokenAt(verbPhrase.Start) is var verb && verb > 0 && tokens[verb - 1].IsWord
            && IsModal(passage.Word(_text, verb - 1)))
        {
            // "his wife might spill some beans after the celebrity press ReganBooks announced": after a
            // modal the phrase opens with a verb; the cue's subject follows the subordinator inside it.
            for (int w = verb; w < end; w++)
            {
                if (tokens[w].IsWord && Subordinators.Contains(passage.Word(_text, w))) return Phrase(passage, w + 1, phraseEnd) ?? Phrase(passage, w + 1, end);
            }
        }
        if (phrase is { } noun && passage.TokenAt(noun.Start) is var lone && lone + 1 < end && tokens[lone].IsWord && tokens[lone + 1].IsWord
            && passage.Word(_text, lone) is var lead && char.IsLower(lead[0]) && !IsFunctionWord(lead) && lead is not ("all" or "both" or "half")
            && passage.Word(_text, lone + 1) is "the" or "a" or "an")
        {
            // "at which point the crowd chanted": a noun before a determiner ends the phrase it belongs to.
            return Phrase(passage, lone + 1, phraseEnd) ?? phrase;
        }
        return phrase;
    }

    /// <summary>
    /// The noun phrase from the last article before token <paramref name="end"/>, when a verb stands
    /// between <paramref name="start"/> and that article ("voted 6-1 for the resolution"), else null.
    /// </summary>
    private TextRange? NounPhraseAfterVerb(Passage passage, int start, int end)
    {
        var tokens = passage.Tokens;
        int article = end - 1;
        while (article > start && !(tokens[article].IsWord && passage.Word(_text, article) is "the" or "a" or "an")) article--;
        for (int v = start; v < article; v++)
        {
            if (tokens[v].IsWord && char.IsLower(_text[tokens[v].Start]) && LooksLikeVerb(passage.Word(_text, v))) return Phrase(passage, article, end);
        }
        return null;
    }

    /// <summary>Whether a comma sets off what comes before token <paramref name="at"/> from the start of its sentence ("Akhil Amar, … author of").</summary>
    private bool OpensAppositive(Passage passage, int at, int floor)
    {
        for (int i = at - 1; i >= floor && at - i <= MaxSentenceTokens && !IsBoundary(passage, i); i--)
        {
            if (passage.Tokens[i].Kind == TokenKind.Punctuation && _text[passage.Tokens[i].Start] == ',') return true;
        }
        return false;
    }

    /// <summary>
    /// "issued a statement after rival Donald Trump told": a subordinator in small letters followed by a word
    /// opens the clause whose subject the cue has; the phrase starts after it.
    /// </summary>
    private bool OpensSubordinateClause(Passage passage, int i) =>
        passage.Tokens[i].IsWord && char.IsLower(_text[passage.Tokens[i].Start]) && Subordinators.Contains(passage.Word(_text, i))
        && i + 1 < passage.Tokens.Count && passage.Tokens[i + 1].IsWord;

    /// <summary>
    /// "the meddling the California congressman said": a word in small letters right before "the" that
    /// opens a description of a person ends a phrase of its own; the cue's subject is the description.
    /// </summary>
    private int? PersonDescribedBefore(Passage passage, int begin, int end)
    {
        var tokens = passage.Tokens;
        for (int d = begin + 1; d < end - 1; d++)
        {
            if (tokens[d].IsWord && tokens[d - 1].IsWord && passage.Word(_text, d) is "the"
                && passage.Word(_text, d - 1) is var word && char.IsLower(word[0]) && !IsFunctionWord(word)
                && Phrase(passage, d, end) is { } described && DescribesAPerson(described))
            {
                return d;
            }
        }
        return null;
    }

    /// <summary>
    /// The subject of the nearest cue before the "and" at <paramref name="and"/> in the same clause (no
    /// comma between), quotations passed over whole.
    /// </summary>
    private TextRange? CoordinatedSubject(Passage passage, int and, int floor)
    {
        var tokens = passage.Tokens;
        bool inQuote = false;
        for (int i = and - 1; i > floor && and - i <= MaxSentenceTokens; i--)
        {
            if (tokens[i].Kind == TokenKind.QuoteMark)
            {
                inQuote = !inQuote;
                continue;
            }
            if (inQuote) continue;
            if (IsBoundary(passage, i) || (tokens[i].Kind == TokenKind.Punctuation && _text[tokens[i].Start] == ',')) return null;
            // "said a former official who oversaw the inquiry and described …": the verbs after "who" share
            // its antecedent.
            if (tokens[i].IsWord && passage.Word(_text, i) is "who") return SubjectBefore(passage, i + 1, floor);
            if (tokens[i].IsWord && CueLexicon.MatchAt(_text, passage, i) is { SpeakerFollows: false } cue && cue.Last < and)
            {
                return SubjectBefore(passage, cue.First, floor);
            }
        }
        return null;
    }

    /// <summary>
    /// "Mr. Trump suggested boycotting Apple …; clashed with Mr. Zuckerberg …; and posted on Twitter that …":
    /// verb phrases in a series set off by semicolons share the subject of the clause that opens it.
    /// </summary>
    private TextRange? SeriesSubject(Passage passage, int and, int floor)
    {
        var tokens = passage.Tokens;
        int semicolon = and - 1;
        if (semicolon <= floor || tokens[semicolon].Kind != TokenKind.Punctuation || _text[tokens[semicolon].Start] != ';') return null;
        for (int k = semicolon - 1; k > floor && semicolon - k <= 2 * MaxSentenceTokens; k--)
        {
            if (!IsBoundary(passage, k)) continue;
            // Each item after a semicolon opens with its verb, in small letters; the first item is the clause.
            if (_text[tokens[k].Start] != ';' || !tokens[k + 1].IsWord || !char.IsLower(_text[tokens[k + 1].Start])) break;
            semicolon = k;
        }
        // ("… in San Bernardino, Calif.; clashed with …": a place set off by a comma is no subject.)
        return SegmentSubject(passage, semicolon, floor, preferOpening: true) is { } subject && (Pronoun(subject.Slice(_text)) is not null || NamesAnEntity(subject))
            ? subject
            : null;
    }

    private static readonly WordSet SpeechNouns = Words.Set(
        "comment comments remark remarks statement statements claim claims promise promises pledge pledges call calls warning warnings " +
        "assertion assertions words vow vows declaration suggestion insistence argument arguments charge charges message tweet tweets " +
        "answer response proposal slogan boast admission accusation accusations characterization prediction threat threats demand " +
        "demands criticism contention testimony insult insults description line quip quips refrain mantra");

    /// <summary>
    /// "her March comment that “Q”", "his promise to be “neutral”", "Trump's claim that “Q”": the owner of
    /// words named by a noun just before the quote. Returns the possessive pronoun or the name.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private TextRange? OwnerOfWords(Passage passage, int openToken)
    {
        var tokens = passage.Tokens;
        for (int k = openToken - 1; k >= 1 && openToken - k <= 5; k--)
        {
            var token = tokens[k];
            if (IsBoundary(passage, k) || (token.IsWord && CueLexicon.MatchAt(_text, passage, k) is not null && !SpeechNouns.Contains(passage.Word(_text, k)))) return null;
            if (!token.IsWord || !char.IsLower(_text[token.Start]) || !SpeechNouns.Contains(passage.Word(_text, k))) continue;
            // The owner right before the noun, or before one or two modifiers ("his past comments").
            for (int o = k - 1; o >= 0 && k - o <= 3; o--)
            {
                var owner = tokens[o];
                if (owner.IsWord && Possessive(passage.Word(_text, o)) is not null) return owner.Range;
                if (owner.Kind == TokenKind.Possessive && o > 0 && Words.StartsUpper(_text, tokens[o - 1]))
                {
                    int first = o - 1;
                    while (first > 0 && o - first < MaxSpeakerTokens && Words.StartsUpper(_text, tokens[first - 1]) && !Words.IsCapitalizedFunctionWord(passage.Word(_text, first - 1))) first--;
                    return Phrase(passage, first, o);
                }
                if (!owner.IsWord) return null;
            }
            return null;
        }
        return null;
    }

    /// <summary>The speaker after an inverted cue: "said the Summit declaration", "according to Smith".</summary>
    [MethodImpl(Jit.Optimized)]
    private TextRange? PhraseAfter(Passage passage, int start, int stopAt = int.MaxValue)
    {
        var tokens = passage.Tokens;
        int end = start;
        while (end < tokens.Count && end < stopAt && end - start < MaxSpeakerTokens)
        {
            var token = tokens[end];
            if (token.Kind == TokenKind.QuoteMark) break;
            if (token.Kind == TokenKind.Punctuation && !IsNameDot(passage, end) && _text[token.Start] is not ('-' or '(' or ')')) break;
            // "said as the hall emptied": a clause after the cue, not its speaker.
            // ("according to some on Twitter", "those close to him": after a lone quantifier the preposition
            // says which people, and belongs to the phrase.)
            if (token.IsWord && char.IsLower(_text[token.Start]) && PhraseStops.Contains(passage.Word(_text, end))
                && !(end == start + 1 && passage.Word(_text, start) is "some" or "many" or "several" or "others" or "those" or "few" or "most")) break;
            end++;
        }
        return Phrase(passage, start, end);
    }

    /// <summary>
    /// The speaker of the sentence just before token <paramref name="sentenceStart"/> when that sentence
    /// holds no quotation and has a cue with a subject ("Greene added that ...").
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private TextRange? PreviousSentenceSubject(Passage passage, int sentenceStart)
    {
        var tokens = passage.Tokens;
        // The sentence's first cue is its report ("Greene added that ..."), and after a quotation the cue
        // that closes it ("“A,” she said of the vote, in which ... . “B.”"), not a later verb of the same
        // sentence ("said Bob Mulholland, a supporter who has accused ...").
        int first = sentenceStart - 1;
        while (first > 0 && sentenceStart - first <= MaxSentenceTokens && !IsBoundary(passage, first - 1)) first--;
        for (int i = first; i < sentenceStart - 1; i++)
        {
            // "Trump spoke only in evasive bromides during the interview." then his words, a paragraph each.
            if (tokens[i].IsWord && passage.Word(_text, i) is "spoke" or "speaks" && i > first && SubjectBefore(passage, i, first) is { } speaker) return speaker;
            if (CueLexicon.MatchAt(_text, passage, i) is not { } cue || IsNegated(passage, cue.First)) continue;
            var subject = cue.SpeakerFollows || cue.First == first ? PhraseAfter(passage, cue.Last + 1) : SubjectBefore(passage, cue.First, first);
            if (subject is not null) return subject;
        }
        return null;
    }

    /// <summary>Asides set off by commas between a name and its cue: "Rush Limbaugh, for one, called".</summary>
    private static readonly string[] Asides =
    {
        "for one", "too", "however", "meanwhile", "though", "in turn", "in fact", "of course", "for example", "for instance",
        "for his part", "for her part", "for their part",
    };

    /// <summary>
    /// "charges that Rush Limbaugh, for one, called …": an aside between commas ("for one", "however")
    /// leaves the cue to the name right before it.
    /// </summary>
    private TextRange? NameBeforeAside(Passage passage, int comma, int floor)
    {
        var tokens = passage.Tokens;
        int open = comma - 1;
        while (open >= floor && comma - open <= 4 && tokens[open].IsWord) open--;
        if (open < floor || open == comma - 1 || tokens[open].Kind != TokenKind.Punctuation || _text[tokens[open].Start] != ',') return null;
        if (Array.IndexOf(Asides, _text.Substring(tokens[open + 1].Start, tokens[comma - 1].End - tokens[open + 1].Start)) < 0) return null;
        int first = open;
        while (first - 1 >= floor && open - first < MaxSpeakerTokens && (Words.StartsUpper(_text, tokens[first - 1]) || IsNameDot(passage, first - 1))) first--;
        return first < open && Phrase(passage, first, open) is { } name && IsName(passage, name) ? name : null;
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
    [MethodImpl(Jit.Optimized)]
    private TextRange? SegmentSubject(Passage passage, int before, int floor, bool preferOpening)
    {
        var tokens = passage.Tokens;
        TextRange? nearest = null, farthest = null;
        int segmentEnd = before;
        bool inQuote = false;
        for (int k = before - 1; k >= floor - 1 && before - k <= MaxSentenceTokens; k--)
        {
            if (k >= floor && tokens[k].Kind == TokenKind.QuoteMark)
            {
                // "... called it “quite dangerous.” New Jersey Gov. Chris Christie, hoping ..., called": a
                // quotation that ends its sentence is the edge of this one.
                // ("The ad, titled “Unifier?”, concludes": a comma after the mark goes on with the sentence.)
                if (!inQuote && k > floor && tokens[k - 1].Kind == TokenKind.Punctuation && _text[tokens[k - 1].Start] is '.' or '!' or '?' && !IsNameDot(passage, k - 1)
                    && !(k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Punctuation && _text[tokens[k + 1].Start] == ','))
                {
                    var opening = SubjectAt(passage, k + 1, segmentEnd, preferOpening);
                    return opening is { } o && (nearest is null || IsName(passage, o)) ? opening : nearest;
                }
                if (!inQuote && (HandsOver(passage, k) || FollowedByConjunction(passage, k) || Nickname.IsMark(_text, tokens, k)) && SubjectAt(passage, k + 1, segmentEnd) is { } beforeQuote)
                {
                    // “…,” Howard Dean, the former governor, proclaimed: right after a quotation, a name
                    // opens the appositive as the sentence's start would. (Only after a quotation that hands
                    // over, a conjunction that opens a clause, or a nickname: in "claimed “Trump exaggerates” the
                    // level of unemployment", the sentence goes on.)
                    if (!preferOpening || IsName(passage, beforeQuote)) return beforeQuote;
                    nearest ??= beforeQuote;
                }
                inQuote = !inQuote;
                segmentEnd = k;
                continue;
            }
            if (inQuote) continue;
            // "Sen. Jack Reed (D-R.I.), said ...": a parenthesis is part of its segment, whatever it holds.
            if (k >= floor && OpeningParenthesis(passage, k, floor) is >= 0 and var open)
            {
                k = open;
                continue;
            }
            // "… for what it is (Raphael Lemkin, who coined the word, once said, “Q”)": walking back from
            // inside a parenthesis, its opening is the edge of the sentence the cue stands in.
            bool edge = k < floor || IsBoundary(passage, k) || (tokens[k].Kind == TokenKind.Punctuation && _text[tokens[k].Start] == '(');
            bool separator = !edge && tokens[k].Kind == TokenKind.Punctuation && (_text[tokens[k].Start] is ',' or ';' || Words.IsDash(_text[tokens[k].Start]));
            if (!edge && !separator) continue;
            // "Bret Stephens, who, after trading insults with Hannity, said": a segment that is only "who"
            // stands for the name before it.
            if (separator && segmentEnd == k + 2 && tokens[k + 1].IsWord && passage.Word(_text, k + 1) is "who" or "which") return SubjectBefore(passage, k + 2, floor);
            // ("…, with whom he clashed over eminent domain, calling him a “loser”": a relative clause set off by
            // commas before the cue's own segment is an aside about its antecedent; the clause it interrupts has
            // the subject.)
            if (separator && !preferOpening && segmentEnd < before && OpensRelativeClause(passage, k + 1, segmentEnd))
            {
                segmentEnd = k;
                continue;
            }
            var subject = SubjectAt(passage, k + 1, segmentEnd, preferOpening);
            if (subject is { } s && _dateline.Contains(s.Start)) subject = null;
            // "His critics, many of them conservative Catholics, argue": a part "of them" is said of the phrase before it.
            if (separator && PartOfThem(passage, k + 1, segmentEnd)) subject = null;
            // "..., in Washington, D.C., and boast": a segment that is nothing but a noun phrase is an
            // appositive or a list's item, not the clause's subject (unless it opens the sentence).
            if (!preferOpening && subject is { } found && (edge || passage.TokenAt(found.End) < segmentEnd)) return subject;
            // "… started last week when Mrs. Clinton, in response to …, accused": when the opening segment is
            // a clause, the name its subordinate clause ends on opens the appositive, not the sentence's subject.
            if (edge && preferOpening && TrailingClauseName(passage, k + 1, segmentEnd) is { } trailing) return trailing;
            if (edge && subject is null && preferOpening && nearest is { } description && !IsName(passage, description) && farthest is { } named && IsName(passage, named)) return named;
            // "Kane's attorney, Tom Reyes, said": the appositive names the one who speaks for the owner.
            if (edge && subject is { } owned && nearest is { } appositive && IsSpokesmanOf(owned) && IsName(passage, appositive)) return appositive;
            if (edge) return subject is { } opening && (nearest is null || IsName(passage, opening)) ? opening : nearest;
            nearest ??= subject;
            // "Alarmed by the unrest, Senator Harry Reid, the minority leader, said": when no one opens the
            // sentence and a description is next to the cue, the name it describes is the subject.
            if (subject is not null) farthest = subject;
            segmentEnd = k;
        }
        return nearest;
    }

    /// <summary>"many of them", "some of whom": a share of those just named opens tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private bool PartOfThem(Passage passage, int start, int end) =>
        start + 2 < end && passage.Tokens[start].IsWord && passage.Tokens[start + 1].IsWord && passage.Tokens[start + 2].IsWord
        && passage.Word(_text, start + 1) == "of" && passage.Word(_text, start + 2) is "them" or "whom"
        && PartWords.Contains(passage.Word(_text, start));

    /// <summary>"with whom", "in which": a preposition and a relative pronoun open tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private bool OpensRelativeClause(Passage passage, int start, int end) =>
        start + 2 < end && passage.Tokens[start].IsWord && passage.Tokens[start + 1].IsWord
        && Prepositions.Contains(passage.Word(_text, start)) && passage.Word(_text, start + 1) is "whom" or "which";

    /// <summary>Whether the quotation closing at token <paramref name="close"/> hands over to its report (see <see cref="HandsOver(char)"/>).</summary>
    private bool HandsOver(Passage passage, int close) =>
        close > 0 && passage.Tokens[close - 1].Kind == TokenKind.Punctuation && HandsOver(_text[passage.Tokens[close - 1].Start]);

    /// <summary>A quotation's last character that hands it over to what follows: a comma, "?", "!" or a dash (“…,” she said).</summary>
    private static bool HandsOver(char last) => last is ',' or '?' or '!' || Words.IsDash(last);

    /// <summary>Whether "and" or "but" follows the token at <paramref name="i"/>: “very encouraged” and Trump calling it ….</summary>
    private bool FollowedByConjunction(Passage passage, int i) =>
        i + 1 < passage.Tokens.Count && passage.Tokens[i + 1].IsWord && passage.Word(_text, i + 1) is "and" or "but";

    /// <summary>"Kane's attorney", "a Clinton aide": a name and then a noun for one who speaks for its owner.</summary>
    private bool IsSpokesmanOf(TextRange phrase)
    {
        var words = PhraseWords(phrase);
        return words.Count >= 2 && OwnedNouns.Contains(words[words.Count - 1]) && char.IsUpper(words[words.Count - 2][0]);
    }

    /// <summary>The name ending tokens [<paramref name="start"/>, <paramref name="end"/>) right after "when", "after", "that" and the like.</summary>
    private TextRange? TrailingClauseName(Passage passage, int start, int end)
    {
        var tokens = passage.Tokens;
        int first = end;
        while (first - 1 > start && end - first < MaxSpeakerTokens && (Words.StartsUpper(_text, tokens[first - 1]) || IsNameDot(passage, first - 1))) first--;
        if (first == end || first - 1 < start || !tokens[first - 1].IsWord) return null;
        if (passage.Word(_text, first - 1) is var word && !(word is "as" or "that" || Subordinators.Contains(word))) return null;
        return Phrase(passage, first, end) is { } name && IsName(passage, name) ? name : null;
    }

    /// <summary>If token <paramref name="close"/> is ")", the token of its "(" (within a speaker's reach), else -1.</summary>
    [MethodImpl(Jit.Optimized)]
    private int OpeningParenthesis(Passage passage, int close, int floor)
    {
        var tokens = passage.Tokens;
        if (tokens[close].Kind != TokenKind.Punctuation || _text[tokens[close].Start] != ')') return -1;
        for (int k = close - 1; k >= floor && close - k <= MaxSpeakerTokens; k--)
        {
            if (tokens[k].Kind != TokenKind.Punctuation) continue;
            if (_text[tokens[k].Start] == '(') return k;
            if (_text[tokens[k].Start] == ')') return -1;
        }
        return -1;
    }

    /// <summary>A title or a known first name within three lower-case words of <paramref name="from"/>, then a capitalised word.</summary>
    [MethodImpl(Jit.Optimized)]
    private bool TitledNameFollows(Passage passage, int from, int end)
    {
        var tokens = passage.Tokens;
        for (int k = from + 1; k < end && k - from <= 3; k++)
        {
            if (!tokens[k].IsWord) return false;
            var word = passage.Word(_text, k);
            if (char.IsUpper(word[0])) return (Lexicon.IsTitle(word) || Lexicon.IsFirstName(word)) && k + 1 < end && Words.StartsUpper(_text, tokens[k + 1]);
            if (word is "and" or "or" || LooksLikeVerb(word) || PhraseStops.Contains(word) || Prepositions.Contains(word) || IsFunctionWord(word)) return false;
        }
        return false;
    }

    /// <summary>"presidential candidate Bernie": lower-case words that are no verb or preposition, then a capitalised word.</summary>
    [MethodImpl(Jit.Optimized)]
    private bool NameFollows(Passage passage, int from, int end)
    {
        var tokens = passage.Tokens;
        for (int k = from; k < end && k - from < 4; k++)
        {
            if (!tokens[k].IsWord) return false;
            var word = passage.Word(_text, k);
            if (char.IsUpper(word[0])) return k > from;
            // "Zeliff and Tom Giancola": two subjects, not one description.
            if (word is "and" or "or" || LooksLikeVerb(word) || PhraseStops.Contains(word) || Prepositions.Contains(word) || CueLexicon.MatchAt(_text, passage, k) is not null) return false;
        }
        return false;
    }

    /// <summary>If token <paramref name="open"/> is "(", the token of its ")" before <paramref name="end"/>, else -1.</summary>
    [MethodImpl(Jit.Optimized)]
    private int ClosingParenthesis(Passage passage, int open, int end)
    {
        var tokens = passage.Tokens;
        for (int k = open + 1; k < end && k - open <= MaxSpeakerTokens; k++)
        {
            if (tokens[k].Kind != TokenKind.Punctuation) continue;
            if (_text[tokens[k].Start] == ')') return k;
            if (_text[tokens[k].Start] == '(') return -1;
        }
        return -1;
    }

    /// <summary>The noun phrase opening tokens [start, end), if it can be a subject.</summary>
    [MethodImpl(Jit.Optimized)]
    private TextRange? SubjectAt(Passage passage, int start, int end, bool asClause = false, bool afterFrontedPhrase = false)
    {
        var tokens = passage.Tokens;
        int opening = start;
        while (start < end && tokens[start].IsWord && LeadingFiller.Contains(passage.Word(_text, start))) start++;
        // "From Bush's Facebook post:", "More from Lopez and Reyes:": before a colon, a digest names whose
        // words follow after "from".
        if (end < tokens.Count && tokens[end].Kind == TokenKind.Punctuation && _text[tokens[end].Start] == ':' && start + 1 < end && tokens[start].IsWord)
        {
            if (passage.Word(_text, start) == "From") start++;
            else if (passage.Word(_text, start) == "More" && tokens[start + 1].IsWord && passage.Word(_text, start + 1) == "from") start += 2;
        }
        // "which Trump had called", "when Mr. Buchanan, who ..., called": a clause's own subject; "As Akhil
        // Amar, a lawyer, put it" too, but only for the cue of that clause (an aside "-- as Clinton's
        // campaign noted --" is not the subject of the sentence around it).
        // "…, in which Clinton expressed confidence": a preposition and "which" open a clause of its own too.
        // ("While Mr. Ryan laid out a vision for “…”": a sentence may open with the subordinator.)
        if (OpensRelativeClause(passage, start, end) && (Words.StartsUpper(_text, tokens[start + 2]) || Pronoun(passage.Word(_text, start + 2)) is not null))
        {
            start++;
        }
        if (start + 1 < end && tokens[start].IsWord && (passage.Word(_text, start) is "which" or "whom" or "that" or "when" or "while" or "after" or "before" or "because" or "since" or "although" or "though" or "until" or "once" or "whereas" or "where"
                    or "When" or "While" or "Although" or "Though" or "Whereas"
                || (asClause && passage.Word(_text, start) is "as" or "As"))
            && (Words.StartsUpper(_text, tokens[start + 1]) || Pronoun(passage.Word(_text, start + 1)) is not null))
        {
            start++;
        }
        if (start >= end || !tokens[start].IsWord) return null;
        var first = passage.Word(_text, start);
        // "At the convention in Cleveland his operatives forced …": a fronted phrase with no comma ends at a
        // name or a number; a possessive, a pronoun or "the" after it opens the subject.
        // (", and at one point the crowd reprised …", "and within weeks the opposition effort had sent …": after a
        // conjunction too, and a time ends it as a name does.)
        if ((char.IsUpper(first[0]) || start > opening) && Prepositions.ContainsLowered(first))
        {
            for (int k = start + 2; k < end && k - start <= MaxSpeakerTokens; k++)
            {
                if (!tokens[k].IsWord || !tokens[k - 1].IsWord) break;
                if (passage.Word(_text, k) is "his" or "her" or "their" or "its" or "he" or "she" or "they" or "the"
                    && (Words.StartsUpper(_text, tokens[k - 1]) || char.IsDigit(_text[tokens[k - 1].Start])
                        || FrontedTimeNouns.Contains(passage.Word(_text, k - 1))))
                {
                    return SubjectAt(passage, k, end, asClause, afterFrontedPhrase: true);
                }
            }
            return null;
        }
        // "Paul Ryan, R-Wis., said": the party and state set off by commas are the name's note, no subject.
        if (IsPartyAndState(first)) return null;
        bool opens = Pronoun(first) is not null || first is "I" or "We"
            || first is "The" or "the" or "A" or "a" or "An" or "an" or "His" or "Her" or "Their" or "Its" or "Our"
                or "one" or "several" or "Several" or "many" or "Many" or "some" or "Some" or "most" or "Most" or "two" or "Two" or "three" or "Three"
            // "Even before Sanders took the stage, his campaign sent": the main clause after an opening one.
            || (first is "his" or "her" or "their" or "its" && (afterFrontedPhrase || (start > 0 && ClosesOpeningClause(passage, start - 1))))
            || (char.IsUpper(first[0]) && (!Words.IsCapitalizedFunctionWord(first) || Lexicon.IsTitle(first) || IsMonthSurname(passage, start)))
            // "party Chairman Reince Priebus", "conservative commentator Jonah Goldberg": lower-case words before a title or a first name.
            || (char.IsLower(first[0]) && !IsFunctionWord(first) && first is not ("both" or "all" or "each") && TitledNameFollows(passage, start, end))
            // "That letter, on Trump Organization letterhead, demanded": a demonstrative before a noun.
            || (first is "This" or "That" or "These" or "Those" && start + 1 < end && tokens[start + 1].IsWord && passage.Word(_text, start + 1) is var noun
                && char.IsLower(noun[0]) && !IsFunctionWord(noun) && !LooksLikeVerb(noun) && !Words.IsTimeWord(noun) && Pronoun(noun) is null);
        if (!opens) return null;
        // "Shortly after the call ended, ...", "Ironically, ...": an adverb opening the sentence, not a name.
        if (IsNoOne(first) && !(start + 1 < end && Words.StartsUpper(_text, tokens[start + 1])) && !NamesAnEntity(tokens[start].Range)) return null;
        // "Recalling that moment, Axelrod said": a participle opening the sentence, not a name ending in -ing.
        if (IsParticiple(passage, start) && start + 1 < end && tokens[start + 1].IsWord && passage.Word(_text, start + 1) is var next && (IsFunctionWord(next) || next is "that" or "to")) return null;
        // "Alarmed by the unrest, Senator Harry Reid said": a past participle and its preposition, not Reed or Ahmed.
        if (first.EndsWith("ed", StringComparison.Ordinal) && start + 1 < end && tokens[start + 1].IsWord && passage.Word(_text, start + 1) is "by" or "about" or "with" or "at" or "over"
            && !NamesAnEntity(tokens[start].Range)) return null;
        if (Pronoun(first) is not null) return tokens[start].Range;
        bool name = char.IsUpper(first[0]) && first is not ("The" or "A" or "An" or "His" or "Her" or "Their" or "Its" or "Our");
        int stop = start + 1;
        // A description stops after eight words; a name under way runs on ("Former prosecutor and New
        // York City Mayor Rudy Giuliani").
        while (stop < end && (stop - start < 8 || (stop - start < MaxSpeakerTokens && IsNameWord(tokens[stop]) && IsNameWord(tokens[stop - 1]))))
        {
            var token = tokens[stop];
            if (token.Kind == TokenKind.Punctuation && _text[token.Start] == '(' && ClosingParenthesis(passage, stop, end) is >= 0 and var close)
            {
                // "Sen. Jack Reed (D-R.I.)": a parenthesis after a name belongs to it, dots and all.
                stop = close + 1;
                break;
            }
            if (token.Kind == TokenKind.Punctuation && !IsNameDot(passage, stop) && _text[token.Start] is not ('(' or ')' or '-')) break;
            if (token.Kind == TokenKind.Possessive) name = false; // "Scott’s niece": the head follows
            if (token.IsWord && char.IsLower(_text[token.Start]))
            {
                var word = passage.Word(_text, stop);
                // A name runs over capitalised words (and "of": Secretary of State); a description
                // runs to its verb or preposition.
                // "Democratic presidential candidate Bernie Sanders", "Another delegate": one capitalised word
                // then lower case opens a description when a name follows it or the word is a quantifier.
                if (name && word != "of" && stop == start + 1 && (Words.OpensDescription(first) || NameFollows(passage, stop, end))) name = false;
                // "Nuclear proliferation experts", "Corporate lobbyists": a sentence's first word, capitalised
                // only for being first and written in small letters elsewhere, opens a description.
                if (name && word != "of" && stop == start + 1 && (start == 0 || IsBoundary(passage, start - 1)) && InSmallLetters(first) && !NamesAnEntity(tokens[start].Range)) name = false;
                // "Clinton campaign", "Trump supporter": a name before such a noun is whose it is, not who speaks.
                if (name && OwnedNouns.Contains(word)) name = false;
                // "Washington Post columnist Michael Gerson": a name, what the person is, then the person's name.
                if (name && Lexicon.IsPersonNoun(word) && NameFollows(passage, stop, end)) name = false;
                if (name && word != "of") break;
                if (LooksLikeVerb(word) || PhraseStops.Contains(word) || word is "with" or "for" or "by" or "about" or "over"
                    || CueLexicon.MatchAt(_text, passage, stop) is not null) break;
            }
            stop++;
        }
        return Phrase(passage, start, stop);
    }

    /// <summary>
    /// "In an address that spoke to the “frustration, the fear …” over an economy …, Mrs. Clinton struck many of
    /// the same notes": a quote inside a phrase fronted before the main clause belongs to that clause's subject.
    /// </summary>
    private TextRange? SubjectAfterFrontedPhrase(Passage passage, int openToken)
    {
        var tokens = passage.Tokens;
        int opening = SentenceOpening(passage, openToken);
        if (opening >= openToken || !Words.StartsUpper(_text, tokens[opening]) || !Prepositions.ContainsLowered(passage.Word(_text, opening))) return null;
        for (int i = opening; i < openToken; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && _text[tokens[i].Start] == ',') return null;
        }
        return SubjectAfterClause(passage, openToken - 1, openToken) is { } subject && NamesSomeone(passage, subject) ? subject : null;
    }

    /// <summary>
    /// "Under Florida law, battery is committed when a person “actually and intentionally touches …”": the
    /// law, act or agreement that opens the sentence is where its words come from.
    /// </summary>
    private TextRange? SourceUnder(Passage passage, int openToken)
    {
        var tokens = passage.Tokens;
        int opening = SentenceOpening(passage, openToken);
        if (opening + 2 >= openToken || !tokens[opening].IsWord || passage.Word(_text, opening) != "Under") return null;
        for (int i = opening + 1; i < openToken && i - opening <= MaxSpeakerTokens; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation || _text[tokens[i].Start] != ',') continue;
            var source = Phrase(passage, opening + 1, i);
            return source is { } named && NamesADocument(named) ? named : null;
        }
        return null;
    }

    /// <summary>"After saying her foot was “swollen,” she was taken...": the subject after the participle's clause.</summary>
    [MethodImpl(Jit.Optimized)]
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

    /// <summary>
    /// "a message that said" · "water bottles that read": "that" between a noun and "said" or "read" is a
    /// relative pronoun giving an object's wording. (Before other cues it is as often inside the report:
    /// "he wants a platform that calls for “Q”", "a letter from his doctor that says".)
    /// </summary>
    private bool IsRelativeThat(Passage passage, int i, int floor)
    {
        var tokens = passage.Tokens;
        if (i - 1 < floor || i + 1 >= tokens.Count || passage.Word(_text, i) != "that" || !tokens[i - 1].IsWord || !CueLexicon.GivesWording(passage.Word(_text, i + 1))) return false;
        var before = passage.Word(_text, i - 1);
        return char.IsLower(before[0]) && !LooksLikeVerb(before) && !IsFunctionWord(before) && !CueLexicon.IsCue(before) && Pronoun(before) is null
               && before is not ("so" or "now" or "than" or "such" or "all");
    }

    /// <summary>
    /// "Sanders has consistently pushed his promise of “free college”" · "Trump later defended his comments as
    /// “sarcastic”": a possessive pronoun owning the words stands for the clause's named subject when it
    /// can, and naming the subject spares the pronoun a guess at its antecedent.
    /// </summary>
    private TextRange? NamedOwner(Passage passage, TextRange owner)
    {
        if (Possessive(owner.Slice(_text)) is not ({ } pronoun and ("he" or "she" or "they"))) return null;
        if (ClauseSubject(passage, passage.TokenAt(owner.Start)) is not { } subject || !IsName(passage, subject) || !CouldBe(subject, pronoun)) return null;
        // The name must be the subject's head, not its owner ("Clinton's aides").
        foreach (var (range, _) in _entities.MentionsIn(subject))
        {
            if (range.End == subject.End) return subject;
        }
        return null;
    }

    /// <summary>
    /// "Christie acknowledged it even as he defended the campaign, saying “Q”" · "Trump tweaked his promise
    /// when he announced his running mate, calling Pence “Q”": a participle right after a clause opened by
    /// "as", "while" or "when" hangs on that clause, and takes its subject.
    /// </summary>
    private TextRange? SubordinateSubject(Passage passage, int participle)
    {
        int comma = participle - 1;
        return comma >= 2 && passage.Tokens[comma].Kind == TokenKind.Punctuation && _text[passage.Tokens[comma].Start] == ','
            ? SubordinateClauseSubject(passage, comma)
            : null;
    }

    /// <summary>The subject of a clause opened by "as", "while", "when" (or a preposition and "which") that ends at token <paramref name="end"/>.</summary>
    private TextRange? SubordinateClauseSubject(Passage passage, int end)
    {
        var tokens = passage.Tokens;
        int comma = end;
        for (int k = comma - 1; k >= 0 && comma - k <= MaxSentenceTokens; k--)
        {
            // (A title in marks may stand in the clause: "when Clinton ended the debate with a nod to “Star Wars,” remarking".)
            if (!tokens[k].IsWord && tokens[k].Kind is not (TokenKind.Possessive or TokenKind.QuoteMark) && !IsNameDot(passage, k)) return null;
            // "held a news conference in which he continued his assault …, mocking": a relative clause's pronoun.
            if (passage.Word(_text, k) is "which" && k > 0 && tokens[k - 1].IsWord && Prepositions.Contains(passage.Word(_text, k - 1))
                && k + 1 < comma && tokens[k + 1].IsWord && Pronoun(passage.Word(_text, k + 1)) is "he" or "she" or "they")
            {
                return tokens[k + 1].Range;
            }
            if (passage.Word(_text, k) is "as" or "while" or "when")
            {
                if (k + 1 >= comma || !tokens[k + 1].IsWord) return null;
                if (Pronoun(passage.Word(_text, k + 1)) is "he" or "she" or "they") return tokens[k + 1].Range;
                // A name or a person is the clause's subject only with a verb after it ("as Mrs. Clinton echoed
                // the criticism, saying"); "as a ladder to the middle class, noting" has none.
                return SubjectAt(passage, k + 1, comma) is { } subject && (IsName(passage, subject) || DescribesPeople(subject)) && VerbFollows(passage, subject, comma)
                    ? subject : null;
            }
        }
        return null;
    }
}
