using System.Runtime.CompilerServices;
using CorpusGen.Core.Entities;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Attribution;

/// <summary>
/// The clauses around a quotation and its cue: asides set off by dashes, clauses of contrast and time,
/// relative clauses, and the subjects they give.
/// </summary>
public sealed partial class Attributor
{
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
            // ("with Sen. John McCain calling it …": a title's full stop is part of the name.)
            if (!tokens[k].IsWord && !(k > 0 && _text[tokens[k].Start] == '.' && Words.EndsInAbbreviation(_text, tokens[k - 1].Start, tokens[k - 1].End))) return null;
            if (passage.Word(_text, k) == "with") return k + 1 < end ? SubjectAt(passage, k + 1, end) : null;
        }
        return null;
    }

    /// <summary>The words that open a clause of contrast.</summary>
    private static readonly WordSet ContrastWords = Words.Set("while whereas although though");

    /// <summary>"while 73 percent said", "whereas the mayor said": the phrase opens a clause of contrast.</summary>
    private bool OpensContrast(Passage passage, TextRange phrase)
    {
        int token = passage.TokenAt(phrase.Start);
        return token > 0 && passage.Tokens[token - 1].IsWord && ContrastWords.Contains(passage.Word(_text, token - 1));
    }

    /// <summary>", although she made it clear that …": a clause of contrast with its own subject between <paramref name="from"/> and the token <paramref name="before"/>.</summary>
    private bool ContrastClauseBetween(Passage passage, int from, int before)
    {
        var tokens = passage.Tokens;
        for (int i = passage.TokenAt(from); i + 1 < before; i++)
        {
            if (tokens[i].IsWord && ContrastWords.Contains(passage.Word(_text, i))
                && i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && _text[tokens[i - 1].Start] == ','
                && tokens[i + 1].IsWord && Pronoun(passage.Word(_text, i + 1)) is not null) return true;
        }
        return false;
    }

    /// <summary>"but he said", "and she urged": the phrase comes right after a conjunction.</summary>
    private bool FollowsConjunction(Passage passage, TextRange phrase)
    {
        int token = passage.TokenAt(phrase.Start);
        return token > 0 && passage.Tokens[token - 1].IsWord && passage.Word(_text, token - 1) is "but" or "and";
    }

    /// <summary>Whether <paramref name="cue"/> is in a clause opening its sentence with "After", "When" or the like, no comma before it.</summary>
    private bool InOpeningClause(Passage passage, TextRange cue) => OpensWithSubordinator(passage, passage.TokenAt(cue.Start) - 1, evenBefore: false);

    /// <summary>
    /// Whether the comma at token <paramref name="comma"/> closes a clause that opens its sentence with
    /// "When", "Even before" or the like: what follows it is the main clause, its subject first.
    /// </summary>
    private bool ClosesOpeningClause(Passage passage, int comma) =>
        comma >= 2 && passage.Tokens[comma].Kind == TokenKind.Punctuation && _text[passage.Tokens[comma].Start] == ','
        && OpensWithSubordinator(passage, comma - 1, evenBefore: true);

    /// <summary>
    /// Whether the stretch of the sentence ending at token <paramref name="last"/>, no comma in it, opens the
    /// sentence with a subordinator ("After", "When"). ("And although O'Malley lamented …": a conjunction may
    /// open the sentence before it; with <paramref name="evenBefore"/>, "Even", "Just" or "Shortly" too.)
    /// </summary>
    private bool OpensWithSubordinator(Passage passage, int last, bool evenBefore)
    {
        var tokens = passage.Tokens;
        for (int i = last, seen = 0; i >= 0 && seen < MaxSentenceTokens; i--, seen++)
        {
            if (IsBoundary(passage, i)) return false;
            if (tokens[i].Kind == TokenKind.Punctuation && _text[tokens[i].Start] == ',') return false;
            if (i == 0 || IsBoundary(passage, i - 1))
            {
                if (Words.StartsUpper(_text, tokens[i]) && (Subordinators.Contains(passage.Word(_text, i)) || (evenBefore && passage.Word(_text, i) == "As"))) return true;
                bool lead = passage.Word(_text, i) is "And" or "But" || (evenBefore && passage.Word(_text, i) is "Even" or "Just" or "Only" or "Shortly" or "Long");
                return lead && i + 1 <= last && tokens[i + 1].IsWord && passage.Word(_text, i + 1) is var next
                    && (Subordinators.Contains(next) || (evenBefore && next == "as"));
            }
        }
        return false;
    }

    /// <summary>
    /// The subject of the clause that ends in the comma right before a quotation, when that clause opens
    /// with it: "Earlier this week, Clinton shared her anxiety with an audience, “Q”" · "He shared a report that a
    /// guard carried a syringe, “for patients who have seizures”" · "the commission recognized that a court should settle
    /// the matter — “Q”" (a dash hands over as a comma does). A clause fronted before the quote ("When he returned …, “Q”",
    /// "Unless rivals quit the race, “Q”"), a participle ("Adding, “Q”") or a phrase ("in Forbes’ words,
    /// “Q”") introduces no one.
    /// </summary>
    private TextRange? CommaIntroducer(Passage passage, int openToken)
    {
        var tokens = passage.Tokens;
        int comma = openToken - 1;
        if (comma < 1 || tokens[comma].Kind != TokenKind.Punctuation || !(_text[tokens[comma].Start] == ',' || Words.IsDash(_text[tokens[comma].Start]))) return null;
        int start = comma;
        while (start > 0 && !IsBoundary(passage, start - 1) && !(tokens[start - 1].Kind == TokenKind.Punctuation && _text[tokens[start - 1].Start] == ',')) start--;
        if (start >= comma || !tokens[start].IsWord) return null;
        var first = passage.Word(_text, start);
        if (Subordinators.Contains(first) || first == "Unless" || IsParticiple(passage, start)) return null;
        // The subject's verb follows it ("Clinton shared"); a list of names or an appositive has none.
        if (SubjectAt(passage, start, comma) is not { } subject || !VerbFollows(passage, subject, comma)) return null;
        return NamesSomeone(passage, subject) || GenericOrganizationNouns.Contains(Head(PhraseWords(subject))) ? subject : null;
    }

    /// <summary>Whether a verb follows <paramref name="subject"/> before token <paramref name="end"/>, past any adverb ("Clinton shared", "Mook then wrote").</summary>
    private bool VerbFollows(Passage passage, TextRange subject, int end)
    {
        var tokens = passage.Tokens;
        int verb = passage.TokenAt(subject.End);
        while (verb < end && IsAuxiliary(passage, verb) && !LooksLikeVerb(passage.Word(_text, verb))) verb++;
        return verb < end && tokens[verb].IsWord && passage.Word(_text, verb) is var word && char.IsLower(word[0])
            && (LooksLikeVerb(word) || word[word.Length - 1] == 's' || IsAuxiliary(passage, verb));
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

    /// <summary>
    /// "And in those last nights, Fiorina wrote, she began saying “Q”" · "The move, Carr explained, was … an
    /// investment he concludes has been “Q”": a report set off by commas earlier in the sentence holds the
    /// rest of it, so the pronoun's words are the named reporter's. The search starts at the comma
    /// <paramref name="from"/> and goes back to the sentence's start.
    /// </summary>
    private (TextRange? Cue, TextRange? Speaker)? ParentheticalReport(Passage passage, int from)
    {
        var tokens = passage.Tokens;
        for (int comma = from; comma >= 2 && from - comma <= MaxSentenceTokens; comma--)
        {
            if (tokens[comma].Kind == TokenKind.QuoteMark || IsBoundary(passage, comma)) return null;
            if (tokens[comma].Kind != TokenKind.Punctuation || _text[tokens[comma].Start] != ',') continue;
            if (CueLexicon.MatchAt(_text, passage, comma - 1) is not { SpeakerFollows: false } cue || cue.Last != comma - 1) continue;
            if (SubjectBefore(passage, cue.First, 0) is not { } subject || !IsName(passage, subject)) return null;
            int before = passage.TokenAt(subject.Start) - 1;
            // ("“Q,” Stevens says, but she cautions “Q”": a cue after a quotation reports that quotation.)
            bool afterQuote = before >= 0 && (tokens[before].Kind == TokenKind.QuoteMark || (before > 0 && tokens[before - 1].Kind == TokenKind.QuoteMark));
            bool setOff = before < 0 || (!afterQuote && (IsBoundary(passage, before) || (tokens[before].Kind == TokenKind.Punctuation && _text[tokens[before].Start] == ',')));
            return setOff ? (new TextRange(tokens[cue.First].Start, tokens[cue.Last].End), subject) : null;
        }
        return null;
    }

    /// <summary>
    /// "Trump said that Romney begged him …" · "Israel said Clinton called on members …": the token before
    /// <paramref name="subject"/> is "that" or a cue, so the named subject's clause is someone else's report.
    /// </summary>
    private bool ReportedClauseOpensAt(Passage passage, int subject)
    {
        if (subject < 1 || !passage.Tokens[subject - 1].IsWord) return false;
        return passage.Word(_text, subject - 1) == "that" || CueLexicon.MatchAt(_text, passage, subject - 1) is { SpeakerFollows: false };
    }
}
