using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Quotes;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Attribution;

/// <summary>What kind of quotation a quote is: speech, a partial quote, or a title or scare quote.</summary>
public sealed partial class Attributor
{
    /// <summary>
    /// Words before a quotation that make it a name or a label rather than anyone's words: “so-called”,
    /// “nicknamed”, “titled”. (“the phrase”, “the words”, “the term”, “slogan” quote what someone said:
    /// PolNeAR's annotators take those for quotes five times in six, and so does the reader.)
    /// </summary>
    private static readonly WordSet ScareCues = Words.Set("so-called dubbed nicknamed termed titled entitled motto branded coined");

    private QuoteKind Kind(ScannedQuote quote, Passage close, TextRange? cue, int words, bool sentenceStart, bool attributed, bool named)
    {
        bool upper = FirstLetterIsUpper(quote.Content);
        // A title named as such: on CBS’s “Face the Nation”, the film “The Revenant”.
        // A work and its author: “Met accused of whitewashing baby Jesus,” by the Post’s Kathianne Boniello.
        if (upper && EndsWithComma(quote.Content) && FollowedByAuthor(quote)) return QuoteKind.ScareQuote;
        // The sentence's full stop may sit inside the marks: on ABC’s “This Week.”
        // (After a noun for a work, a title may end in "!" or "?": the Syfy movie “Sharknado 3: Oh Hell No!”.)
        if (!sentenceStart && words <= 8 && IsTitleCase(quote.Content) && (EndPunctuation(quote.Content) is not ('!' or '?') ? NamesAWork(quote) : AfterAWorkNoun(quote))) return QuoteKind.ScareQuote;
        // A title set off by commas after the work it names: his memoir, “Gifted Hands,” (the comma made it
        // look like the start of someone's words).
        if (words <= 8 && IsTitleCase(quote.Content) && EndPunctuation(quote.Content) is not ('!' or '?') && AfterAWorkAndComma(quote)) return QuoteKind.ScareQuote;
        // Titles (“Face the Nation”) and one-word terms nobody is quoted saying. (Two words in small letters
        // are decided once the sentence's subject is known: Read.)
        if (!attributed && (words <= 1 || (words == 2 && IsTitleCase(quote.Content)) || (!sentenceStart && words <= 6 && IsTitleCase(quote.Content) && EndPunctuation(quote.Content) == '\0')))
        {
            return QuoteKind.ScareQuote;
        }
        // A title in a list of titles: named “Criminal Minds,” “Game of Thrones,” “Breaking Bad” and “Veep”
        // (right after another quotation it looks like the start of someone's words, and the speaker of the
        // paragraph before would pass to it).
        if (cue is null && !named && words <= 6 && IsTitleCase(quote.Content) && EndPunctuation(quote.Content) == '\0' && AfterAnotherQuotation(quote)) return QuoteKind.ScareQuote;
        // A word or two opening a sentence and going straight on into it are the sentence's subject: a term
        // talked about (“Containment” has been U.S. policy, ‘Stickerboy’ placed two stickers), not speech.
        // So does a title: “The Big Short” was nominated for an Oscar.
        if ((words <= 2 || (words <= 6 && IsTitleCase(quote.Content))) && cue is null && SentenceEndsBefore(quote.Range.Start) && EndPunctuation(quote.Content) == '\0' && !EndsWithComma(quote.Content) && GoesOnIntoTheSentence(quote, close)) return QuoteKind.ScareQuote;
        return sentenceStart && upper ? QuoteKind.Speech : QuoteKind.Partial;
    }

    /// <summary>Whether a closing quotation mark comes right before the quote's opening one, with a space between.</summary>
    private bool AfterAnotherQuotation(ScannedQuote quote)
    {
        int before = SkipSpaceBack(quote.Range.Start);
        return before < quote.Range.Start && before > 0 && _text[before - 1] is '\u201D' or '"' or '\'' or '\u2019';
    }

    /// <summary>The next token after the closing mark is a word in small letters, neither a cue nor a pronoun.</summary>
    private bool GoesOnIntoTheSentence(ScannedQuote quote, Passage close)
    {
        int next = close.TokenAt(quote.Range.End);
        if (next >= close.Tokens.Count || !close.Tokens[next].IsWord) return false;
        var word = close.Word(_text, next);
        return char.IsLower(word[0]) && !CueLexicon.IsCue(word) && Pronoun(word) is null;
    }

    private const string WorkNounList = "show program programme podcast book film movie series song album column memoir novel documentary headline article essay op-ed ad spot commentary anthem biopic drama thriller sitcom musical miniseries";
    private static readonly WordSet WorkNouns = Words.Set(WorkNounList);
    private static readonly WordSet Works = Words.Set("on in of titled entitled called broadcast with " + WorkNounList);

    /// <summary>The word before the quote introduces a work by name ("on", "in", a possessive, "the film").</summary>
    [MethodImpl(Jit.Optimized)]
    private bool NamesAWork(ScannedQuote quote) =>
        WordEndingBefore(SkipSpaceBack(quote.Range.Start)) is { } word
        && (Works.Contains(word.ToLowerInvariant()) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal));

    /// <summary>A noun naming a work right before the quote: "the movie “…”".</summary>
    private bool AfterAWorkNoun(ScannedQuote quote) =>
        WordEndingBefore(SkipSpaceBack(quote.Range.Start)) is { } word && WorkNouns.Contains(word.ToLowerInvariant());

    /// <summary>A noun naming a work and a comma right before the quote: "his new book, “…”".</summary>
    private bool AfterAWorkAndComma(ScannedQuote quote)
    {
        int comma = SkipSpaceBack(quote.Range.Start) - 1;
        return comma >= 0 && _text[comma] == ',' && WordEndingBefore(comma) is { } word && WorkNouns.Contains(word.ToLowerInvariant());
    }

    /// <summary>Where the space before <paramref name="end"/> starts (<paramref name="end"/> itself when there is none).</summary>
    private int SkipSpaceBack(int end)
    {
        while (end > 0 && char.IsWhiteSpace(_text[end - 1])) end--;
        return end;
    }

    /// <summary>The word (letters, apostrophes, hyphens: "ABC’s", "op-ed") ending right before <paramref name="end"/>, or null.</summary>
    [MethodImpl(Jit.Optimized)]
    private string? WordEndingBefore(int end)
    {
        int start = end;
        while (start > 0 && (char.IsLetter(_text[start - 1]) || _text[start - 1] is '\'' or '\u2019' or '-')) start--;
        return start < end ? _text.Substring(start, end - start) : null;
    }

    [MethodImpl(Jit.Optimized)]
    private bool EndsWithComma(TextRange content)
    {
        int i = content.End - 1;
        while (i >= content.Start && char.IsWhiteSpace(_text[i])) i--;
        return i >= content.Start && _text[i] == ',';
    }

    /// <summary>"by" and a name right after the closing mark: "by Ana Ruiz", "by the Gazette’s Ana Ruiz".</summary>
    [MethodImpl(Jit.Optimized)]
    private bool FollowedByAuthor(ScannedQuote quote)
    {
        int i = quote.Range.End;
        while (i < _text.Length && _text[i] == ' ') i++;
        if (!Words.At(_text, i, "by ")) return false;
        i += 3;
        if (Words.At(_text, i, "the ")) i += 4;
        return i < _text.Length && char.IsUpper(_text[i]);
    }

    /// <summary>The '.', '!' or '?' after the last word of <paramref name="content"/>, or '\0'.</summary>
    [MethodImpl(Jit.Optimized)]
    private char EndPunctuation(TextRange content)
    {
        for (int i = content.End - 1; i >= content.Start; i--)
        {
            if (char.IsLetterOrDigit(_text[i])) return '\0';
            if (_text[i] is '.' or '!' or '?') return _text[i];
        }
        return '\0';
    }

    private bool StartsSentence(Passage passage, int openToken)
    {
        if (openToken == 0) return true;
        var previous = passage.Tokens[openToken - 1];
        if (previous.Kind == TokenKind.Punctuation && _text[previous.Start] is ':' or '.' or '!' or '?' or ',' or '\u2014' or '(') return true;
        if (previous.Kind == TokenKind.QuoteMark) return true;
        return CueLexicon.MatchAt(_text, passage, openToken - 1) is not null;
    }

    [MethodImpl(Jit.Optimized)]
    private bool HasScareCue(Passage passage, int openToken)
    {
        for (int i = openToken - 1; i >= 0 && openToken - i <= 2; i--)
        {
            var token = passage.Tokens[i];
            // "his campaign slogan. “But that work is not …”": a sentence between them, the quote is no term.
            if (token.Kind == TokenKind.Punctuation && _text[token.Start] is '.' or '!' or '?') return false;
            if (!token.IsWord) continue;
            var word = passage.Word(_text, i).ToLowerInvariant();
            // ("who he dubbed “the little senator”", "what one conservative has dubbed “the yuca primary”": a
            // label with someone giving it is their word, as after "called".)
            if (ScareCues.Contains(word)) return !(word is "dubbed" or "termed" or "branded" && (FollowsSubject(passage, i) || HasGiver(passage, i)));
            // "the so called “Implementation Initiative”", without its hyphen; "a website called “Cape Breton
            // If Trump Wins”": a thing named, not anyone's words ("what lawmakers called “fraud”" are).
            if (word == "called" && i > 0 && passage.Tokens[i - 1].IsWord
                && (passage.Word(_text, i - 1).Equals("so", StringComparison.OrdinalIgnoreCase) || (i == openToken - 1 && NamesAThing(passage, i))))
            {
                return true;
            }
            // "known as", and a label given in passing: "criticized as a “use it or lose it” approach". A cue
            // right before "as", or after its subject, gives the words to that subject instead: "which he
            // described as “fishy”", "what Zimmerman described as a “piece of history”".
            if (word == "as" && i > 0 && passage.Tokens[i - 1].IsWord && passage.Word(_text, i - 1) is var before
                && (before.Equals("known", StringComparison.OrdinalIgnoreCase)
                    || ((before.EndsWith("ed", StringComparison.Ordinal) || before.EndsWith("ly", StringComparison.Ordinal)) && openToken - i <= 2
                        && !(CueLexicon.IsCue(before) && (openToken - i == 1 || FollowsSubject(passage, i - 1)))))) return true;
        }
        return false;
    }

    /// <summary>A pronoun or a capitalised word right before token <paramref name="verb"/>: "he described", "Zimmerman described".</summary>
    private bool FollowsSubject(Passage passage, int verb) =>
        verb > 0 && passage.Tokens[verb - 1].IsWord && passage.Word(_text, verb - 1) is var subject
        && (char.IsUpper(subject[0]) || Pronoun(subject) is not null);

    /// <summary>"has dubbed": a perfect tense after its subject.</summary>
    private bool HasGiver(Passage passage, int verb) =>
        verb > 1 && passage.Tokens[verb - 1].IsWord && passage.Word(_text, verb - 1) is "has" or "have" or "had" && passage.Tokens[verb - 2].IsWord;

    /// <summary>"a short film called", "an account called": an indefinite noun phrase right before "called".</summary>
    [MethodImpl(Jit.Optimized)]
    private bool NamesAThing(Passage passage, int called)
    {
        for (int k = called - 1; k >= 0 && called - k <= 4; k--)
        {
            if (!passage.Tokens[k].IsWord) return false;
            var word = passage.Word(_text, k);
            if (word is "a" or "an" or "A" or "An") return k < called - 1;
            if (char.IsUpper(word[0]) || Pronoun(word) is not null || Words.IsAuxiliaryOrAdverb(word)) return false;
        }
        return false;
    }

    [MethodImpl(Jit.Optimized)]
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

    [MethodImpl(Jit.Optimized)]
    private bool FirstLetterIsUpper(TextRange content)
    {
        for (int i = content.Start; i < content.End; i++)
        {
            if (char.IsLetterOrDigit(_text[i])) return char.IsUpper(_text[i]) || char.IsDigit(_text[i]);
        }
        return false;
    }

    [MethodImpl(Jit.Optimized)]
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

    // "of", "the", "and", and a preposition such as "with" before a name may stay lower case inside a title
    // ("The Lead with Jake Tapper").
    [MethodImpl(Jit.Optimized)]
    private bool IsSmallWord(int i)
    {
        int end = i;
        while (end < _text.Length && char.IsLetter(_text[end])) end++;
        if (end - i <= 3) return true;
        // (A preposition only before a capitalised word: "I'm with her" is a chant, not a title.)
        if (end - i != 4 || end + 1 >= _text.Length || _text[end] != ' ' || !char.IsUpper(_text[end + 1])) return false;
        return TitlePrepositions.Contains(_text, i, end - i);
    }

    private static readonly WordSet TitlePrepositions = Words.Set("with from into over onto");
}
