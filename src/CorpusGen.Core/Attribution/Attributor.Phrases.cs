using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Entities;
using CorpusGen.Core.Quotes;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Attribution;

/// <summary>
/// The words of a speaker phrase: where one starts and stops, and which words are names, verbs or
/// function words.
/// </summary>
public sealed partial class Attributor
{
    private bool HasCapital(Passage passage, int from, int to)
    {
        for (int i = from; i < to && i < passage.Tokens.Count; i++)
        {
            if (Words.StartsUpper(_text, passage.Tokens[i])) return true;
        }
        return false;
    }

    /// <summary>A phrase opening with a capitalised word that is neither a pronoun nor a function word.</summary>
    private bool IsName(Passage passage, TextRange phrase)
    {
        var first = passage.Word(_text, passage.TokenAt(phrase.Start));
        return char.IsUpper(first[0]) && Pronoun(first) is null && (!Words.IsCapitalizedFunctionWord(first) || Lexicon.IsTitle(first));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsParticiple(Passage passage, int i) => passage.Tokens[i].IsWord && passage.Tokens[i].Length > 5 && passage.Word(_text, i).EndsWith("ing", StringComparison.Ordinal);

    private bool LooksLikeVerb(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || Words.IsAuxiliaryOrAdverb(word) || CommonVerbs.Contains(word);

    private static bool IsFunctionWord(string word) => Prepositions.Contains(word) || Determiners.Contains(word) || word is "and" or "or";

    private static bool IsModal(string word) => word is "would" or "might" or "could" or "should" or "can" or "will" or "may" or "must";

    private static readonly WordSet Subordinators = Words.Set("after when while before since once if because although though until After When While Before Since Once If Because Although Though Until");

    /// <summary>Nouns for those who speak for someone named before them: "Clinton campaign", "Cruz adviser".</summary>
    private static readonly WordSet OwnedNouns = Words.Set(
        "campaign camp aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson staffer staffers supporter " +
        "supporters ally allies surrogate surrogates attorney attorneys lawyer lawyers");

    private static readonly WordSet Prepositions = Words.Set("in on at for from with by of about over into under after before during against without within through across toward towards among");

    /// <summary>Irregular and everyday verbs that end a description ("The New Republic’s Jeet Heer sees").</summary>
    private static readonly WordSet CommonVerbs = Words.Set(
        "says reads writes puts tells adds notes sees saw spoke speaks thinks thought believes wants made makes took takes gave gives went goes got gets came comes knows knew " +
        "sent sends held holds kept keeps left brought brings began begins won wins lost loses ran runs met meets paid pays sold sells built builds spent spends led leads found finds felt feels " +
        "put hit hits shows cut oppose opposes");

    /// <summary>
    /// Tokens [start, end) trimmed of punctuation and leading conjunctions at the edges, or null when
    /// what is left cannot name a speaker ("he would not", "because he did").
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private TextRange? Phrase(Passage passage, int start, int end)
    {
        var tokens = passage.Tokens;
        while (start < end && (!tokens[start].IsWord || LeadingFiller.Contains(passage.Word(_text, start)))) start++;
        while (end > start && !tokens[end - 1].IsWord && tokens[end - 1].Kind != TokenKind.Possessive && _text[tokens[end - 1].Start] != ')') end--;
        if (start >= end) return null;
        // "After his rally in San Jose, California the GOP candidate went": an article right after a name
        // opens a phrase of its own ("Chairman of the Joint Chiefs" stays whole: "of" ties it).
        // After a heading in capitals, "The" opens it too ("… OLYMPIC VILLAGE The team said").
        for (int i = start + 1; i < end - 1; i++)
        {
            if (tokens[i].IsWord && Words.StartsUpper(_text, tokens[i - 1]) && !Words.IsCapitalizedFunctionWord(passage.Word(_text, i - 1))
                && (passage.Word(_text, i) is "the" or "a" or "an"
                    || (passage.Word(_text, i) is "The" or "A" or "An" && Words.IsInCapitals(_text, tokens[i - 1].Start, tokens[i - 1].End))))
            {
                start = i;
                break;
            }
        }
        // "on Tuesday night he said": a pronoun takes no modifiers, so what comes before it is not the speaker,
        // nor what comes after it ("what he so categorically dismissed").
        if (end - 1 > start && tokens[end - 1].IsWord && Pronoun(passage.Word(_text, end - 1)) is not null) start = end - 1;
        else if (end - 1 > start && tokens[start].IsWord && Pronoun(passage.Word(_text, start)) is not null && tokens[start + 1].IsWord && char.IsLower(_text[tokens[start + 1].Start])) end = start + 1;
        // "After the vote ended the mayor said": a fronted clause left without its comma ends at its verb.
        // ("While Sanders admitted" has none: there the clause's subject is the one speaking.)
        if (tokens[start].IsWord && Subordinators.Contains(passage.Word(_text, start)))
        {
            int verb = end - 2;
            while (verb > start && !(tokens[verb].IsWord && passage.Word(_text, verb) is var word && char.IsLower(word[0])
                                    && (word.EndsWith("ed", StringComparison.Ordinal) || CommonVerbs.Contains(word)))) verb--;
            // Without a verb the subordinator alone is dropped: "While Sanders" names Sanders.
            start = verb > start ? verb + 1 : start + 1;
            if (start >= end) return null;
        }
        // "the mother of", "a complaint by the SEC and a": a phrase cut short ends in a function word.
        while (end - 1 > start && tokens[end - 1].IsWord && IsFunctionWord(passage.Word(_text, end - 1))) end--;
        // "in the", "echoing some commentators": a phrase opening with a preposition or participle is a
        // fragment of the clause, not a speaker.
        if (tokens[start].IsWord && (Prepositions.Contains(passage.Word(_text, start)) || (IsParticiple(passage, start) && char.IsLower(_text[tokens[start].Start])))) return null;
        // "HIGHER THAN EXPECTED TURNOUT - Michael P. McDonald:": three words in capitals are a heading, not a name.
        if (AllCapitals(passage, start, end, 3)) return null;
        // "Hillary Clinton Says EgyptAir Crash Seems Like …": in a headline in title case, who speaks is
        // what comes before its first verb, if anything does.
        if (HeadingVerb(passage, start, end) is >= 0 and var headingVerb)
        {
            if (headingVerb == start) return null;
            end = headingVerb;
        }
        bool content = false;
        for (int i = start; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.QuoteMark && !Nickname.IsMark(_text, tokens, i)) return null;
            if (!tokens[i].IsWord) continue;
            var word = passage.Word(_text, i);
            if (NotInSpeakerPhrase.Contains(word)) return null;
            // "tweeted another": a lone "another" stands for a person.
            content |= !Determiners.Contains(word) || (end - start == 1 && word is "another" or "Another");
        }
        return content ? new TextRange(tokens[start].Start, tokens[end - 1].End) : null;
    }

    /// <summary>
    /// In five words or more, each capitalised (a headline in title case), the token of the first that is
    /// a verb; -1 if the words are no such headline.
    /// </summary>
    private int HeadingVerb(Passage passage, int start, int end)
    {
        int words = 0, verb = -1;
        for (int i = start; i < end; i++)
        {
            if (!passage.Tokens[i].IsWord) continue;
            if (!Words.StartsUpper(_text, passage.Tokens[i])) return -1;
            if (verb < 0 && passage.Word(_text, i) is var word && (CueLexicon.IsCueInAnyCase(word) || CommonVerbs.ContainsLowered(word))) verb = i;
            words++;
        }
        return words >= 5 ? verb : -1;
    }

    /// <summary>Whether tokens [start, end) hold at least <paramref name="words"/> words, all in capitals.</summary>
    private bool AllCapitals(Passage passage, int start, int end, int words)
    {
        int count = 0;
        for (int i = start; i < end; i++)
        {
            var token = passage.Tokens[i];
            if (!token.IsWord) continue;
            for (int c = token.Start; c < token.End; c++)
            {
                if (char.IsLower(_text[c])) return false;
            }
            count++;
        }
        return count >= words;
    }

    /// <summary>Whether the text before <paramref name="start"/> ends a sentence (a quotation's closing mark after its full stop too).</summary>
    private bool SentenceEndsBefore(int start)
    {
        int i = start - 1;
        while (i >= 0 && _text[i] == ' ') i--;
        if (i >= 0 && _text[i] is '”' or '"' or '\'' or '’') i--;
        return i < 0 || _text[i] is '.' or '!' or '?' or ':' or '\n' or '\r';
    }

    /// <summary>
    /// “a failed candidate.” Then he turned to …: a quotation whose own words end with a full stop (or '!'
    /// or '?'), a capitalised word after it, ends its sentence.
    /// </summary>
    private bool EndsItsSentence(ScannedQuote quote)
    {
        if (EndPunctuation(quote.Content) == '\0') return false;
        int next = quote.Range.End;
        while (next < _text.Length && _text[next] == ' ') next++;
        return next < _text.Length && char.IsUpper(_text[next]);
    }

    /// <summary>The first token of the sentence holding token <paramref name="token"/> (quotations inside it are no edge).</summary>
    private int SentenceOpening(Passage passage, int token)
    {
        int first = token;
        while (first > 0 && token - first < MaxSentenceTokens && (passage.Tokens[first - 1].Kind == TokenKind.QuoteMark || !IsBoundary(passage, first - 1))) first--;
        return first;
    }

    [MethodImpl(Jit.Optimized)]
    private bool IsBoundary(Passage passage, int i)
    {
        var token = passage.Tokens[i];
        if (token.Kind == TokenKind.QuoteMark) return !Nickname.IsMark(_text, passage.Tokens, i);
        if (token.Kind != TokenKind.Punctuation) return false;
        char c = _text[token.Start];
        if (c is '!' or '?' or ';') return true;
        if (c != '.' || IsNameDot(passage, i)) return false;
        // "fivethirtyeight.com", "(D-N.Y.)": a dot inside a word ends nothing.
        if (i > 0 && i + 1 < passage.Tokens.Count && passage.Tokens[i - 1].IsWord && passage.Tokens[i - 1].End == token.Start
            && passage.Tokens[i + 1].IsWord && passage.Tokens[i + 1].Start == token.End)
        {
            return false;
        }
        // "(R-Wis.)", "Mich., said": an abbreviation's dot, not a sentence end.
        return !(i + 1 < passage.Tokens.Count && passage.Tokens[i + 1].Start == token.End && _text[token.End] is ')' or ',');
    }

    [MethodImpl(Jit.Optimized)]
    private bool StopsPhraseBackward(Passage passage, int i)
    {
        var token = passage.Tokens[i];
        if (IsBoundary(passage, i)) return true;
        if (token.Kind == TokenKind.Punctuation) return _text[token.Start] is ',' or ':' || Words.IsDash(_text[token.Start]);
        // "As The Post’s columnist puts it": a sentence-opening "As" is never part of the name.
        if (token.IsWord && passage.Word(_text, i) == "As") return true;
        return token.IsWord && char.IsLower(_text[token.Start]) && passage.Word(_text, i) is "that" or "but" or "which" or "when" or "while" or "because" or "and" or "where" or "who" or "if" or "although" or "though" or "what" or "why" or "how" or "under" or "whom" or "as";
    }

    private static bool IsPartyAndState(string word) => word.Length > 2 && word[0] is 'R' or 'D' or 'I' && word[1] == '-' && char.IsUpper(word[2]);

    private bool IsNameWord(Token token) => Words.IsNameWord(_text, token);

    /// <summary>An abbreviation's dot: "Sen.", "J.", and "(D-Ill.)", where the state follows the party's letter.</summary>
    private bool IsNameDot(Passage passage, int i) =>
        i > 0 && _text[passage.Tokens[i].Start] == '.' && passage.Tokens[i - 1].IsWord
        && (Words.EndsInAbbreviation(_text, passage.Tokens[i - 1].Start, passage.Tokens[i - 1].End) || (passage.Tokens[i - 1].Length == 1 && char.IsUpper(_text[passage.Tokens[i - 1].Start])));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsAdverb(Passage passage, int i) =>
        passage.Tokens[i].IsWord && char.IsLower(_text[passage.Tokens[i].Start]) && Words.EndsLikeAdverb(passage.Word(_text, i));

    private bool IsAuxiliary(Passage passage, int i) => passage.Tokens[i].IsWord && Words.IsAuxiliaryOrAdverb(passage.Word(_text, i));

    [MethodImpl(Jit.Optimized)]
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

    [MethodImpl(Jit.Optimized)]
    private TextRange WithoutDeterminer(TextRange phrase)
    {
        foreach (var determiner in new[] { "the ", "The ", "a ", "A ", "an ", "An ", "its ", "their " })
        {
            if (phrase.Length > determiner.Length && Words.At(_text, phrase.Start, determiner))
            {
                return new TextRange(phrase.Start + determiner.Length, phrase.End);
            }
        }
        return phrase;
    }
}
