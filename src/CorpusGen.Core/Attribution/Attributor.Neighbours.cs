using System;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Entities;
using CorpusGen.Core.Quotes;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Attribution;

/// <summary>
/// What the paragraphs around a quotation say about its speaker: a colon that introduces it, a
/// signature or a byline, the reporter of the sentence before.
/// </summary>
public sealed partial class Attributor
{
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

    /// <summary>
    /// The subject of the report in a paragraph's last sentence ("Valastro praised ..."), if it has one: its
    /// first cue's, as for the sentence before a quote ("Schoen elaborated ... that superdelegates
    /// currently pledged to Clinton may reconsider" is Schoen's report).
    /// </summary>
    private TextRange? LastSentenceSubject(Passage passage) => PreviousSentenceSubject(passage, passage.Tokens.Count);

    /// <summary>
    /// "“We're talking with supporters like you …” / She pauses. / “Well, thank you so much.”": a paragraph that
    /// quotes no one and opens on the last speaker (by name, or as "he" or "she") leaves the quotation after
    /// it to them; so does a one-word stage direction ("Pause.").
    /// </summary>
    private bool AboutWithoutQuoting(Passage passage, EntityBuilder? speaker)
    {
        var tokens = passage.Tokens;
        if (speaker is null || tokens.Count == 0 || !tokens[0].IsWord) return false;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.QuoteMark) return false;
        }
        if (tokens.Count == 2 && tokens[1].Kind == TokenKind.Punctuation && _text[tokens[1].Start] == '.' && !NamesAnEntity(tokens[0].Range)) return true;
        var first = passage.Word(_text, 0);
        if (first is "He" or "She") return speaker.Kind == EntityKind.Person && speaker.Gender != OtherGender(first == "He" ? "he" : "she");
        foreach (var (range, entity) in _entities.MentionsIn(passage.Range))
        {
            return range.Start == tokens[0].Start && entity == speaker;
        }
        return false;
    }

    /// <summary>A person's name ending right before token <paramref name="end"/> ("… Republican pollster Daron Shaw:").</summary>
    private TextRange? PersonEndingAt(Passage passage, int end)
    {
        var tokens = passage.Tokens;
        int first = end;
        while (first - 1 >= 0 && end - first < MaxSpeakerTokens && (Words.StartsUpper(_text, tokens[first - 1]) || IsNameDot(passage, first - 1))) first--;
        if (first == end || Phrase(passage, first, end) is not { } phrase) return null;
        foreach (var (range, entity) in _entities.MentionsIn(phrase))
        {
            if (range.End == phrase.End && entity.Kind == EntityKind.Person) return range;
        }
        return null;
    }
}
