using System.Collections.Generic;
using CorpusGen.Core.Attribution;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Entities;

/// <summary>
/// What tells a run of capitalised words is a person when no title and no known first name does: where
/// it stands (beside a verb of saying, after a noun for a person, before an age or ", who") and how it is
/// spelt (plain capitalised words, none of them known as something else, none ending a body's name).
/// </summary>
public static partial class EntityRecognizer
{
    /// <summary>
    /// Where only a person stands, whatever their first name: right before a verb of saying ("Robby Mook
    /// said") or right after one, closing the clause ("said Tad Devine."); after a noun for a person
    /// ("pollster Geoff Garin"); before ", who" or an age (", 44,"); or before an appositive naming what
    /// they are ("Ari Fleischer, a former spokesman").
    /// </summary>
    private static bool InPersonContext(string text, Passage passage, int start, int end)
    {
        var tokens = passage.Tokens;
        if (end < tokens.Count && tokens[end].IsWord && char.IsLower(text[tokens[end].Start]) && CueLexicon.IsVerbOnly(passage.Word(text, end))) return true;
        bool closes = end >= tokens.Count || (tokens[end].Kind == TokenKind.Punctuation && text[tokens[end].Start] is ',' or '.');
        if (start > 0 && tokens[start - 1].IsWord && closes && CueLexicon.IsVerbOnly(passage.Word(text, start - 1))) return true;
        // "pollster Geoff Garin", "his top aide, Tad Devine,"
        int before = start > 1 && tokens[start - 1].Kind == TokenKind.Punctuation && text[tokens[start - 1].Start] == ',' ? start - 2 : start - 1;
        if (before >= 0 && tokens[before].IsWord && char.IsLower(text[tokens[before].Start]) && Lexicon.IsPersonNoun(passage.Word(text, before))) return true;
        if (end + 1 >= tokens.Count || tokens[end].Kind != TokenKind.Punctuation || text[tokens[end].Start] != ',' || !tokens[end + 1].IsWord) return false;
        var next = passage.Word(text, end + 1);
        if (next == "who") return true;
        if (char.IsDigit(next[0])) return end + 2 < tokens.Count && tokens[end + 2].Kind == TokenKind.Punctuation && text[tokens[end + 2].Start] == ',';
        if (next is "whose" or "which" or "where" or "when") return false;
        for (int k = end + 1; k < tokens.Count && k <= end + 6 && tokens[k].Kind != TokenKind.Punctuation; k++)
        {
            if (tokens[k].IsWord && Lexicon.IsPersonNoun(passage.Word(text, k))) return true;
        }
        return false;
    }

    /// <summary>Words that end the names of outlets and agencies: "Yahoo News", "General Services Administration".</summary>
    private const string OutletsAndAgencies =
        "News Journal Post Times Review Magazine Radio Television TV Press Media Report Daily Studios " +
        "Insider Herald Tribune Examiner Gazette Network Office Bureau Agency Administration Service Services " +
        "Sentinel Monitor Observer Caller Broadcasting Communications";

    private static readonly WordSet Outlets = Words.Set(OutletsAndAgencies);

    /// <summary>Words that end the names of outlets, bodies and things, never a person's: "Bloomberg Politics", "Judicial Watch".</summary>
    private static readonly WordSet BodyWords = Words.Set(OutletsAndAgencies + " Politics Watch Journalism Street Party " +
        "Tuesday Day Week Act Care Core Principles Fathers District Valley State Republic Union Nations Revolution Brothers Technologies " +
        "Institution Alliance Action Promise Studies Lawyers Strip Tower Republican Republicans Democrat Democrats PAC Pac Weekly " +
        "Beast Islam Matter Matters Colleges Schools Island Islands " +
        "Entertainment Educators Workers Teachers Parenthood");

    /// <summary>
    /// "Yahoo News", "Suffolk University Poll", "The Rachel Maddow Show": a name ending so is an
    /// organisation's, even with a person's name inside.
    /// </summary>
    public static bool EndsAnOrganizationsName(string lastWord) => Institutions.Contains(lastWord) || Outlets.Contains(lastWord) || Groups.Contains(lastWord);

    /// <summary>"Judicial Watch", "Tea Party", "Black Lives Matter", "Chicago Police Department": the last words of groups', movements' and departments' names.</summary>
    private static readonly WordSet Groups = Words.Set("Watch Party Matter Matters Movement Caucus Research Department Ministry Court");

    /// <summary>"Executive Order", "Editor's Note", "Lee County": a name ending so names no one.</summary>
    public static bool EndsAThingsName(string lastWord) => NamedThings.Contains(lastWord);

    /// <summary>Words before a run of capitals that make it a thing, not a person: "the Daily Caller", "Chief of Staff".</summary>
    private static readonly WordSet ThingMarkers = Words.Set("the a an of from at in on for to by");

    /// <summary>
    /// Plain capitalised words (a hyphen or apostrophe inside), none of them known as anything else, none
    /// ending a body's name, and no article or preposition before them.
    /// </summary>
    private static bool LooksLikePersonalName(string text, Passage passage, int start, int first, int last, EntityTable table)
    {
        var tokens = passage.Tokens;
        if (start > 0 && tokens[start - 1].IsWord && ThingMarkers.Contains(passage.Word(text, start - 1))) return false;
        // "Said Dorothy Poynter, who grew up there": an inverted cue opening the sentence is no part of a name.
        if (CueLexicon.IsCueInAnyCase(passage.Word(text, first))) return false;
        for (int i = first; i <= last; i++)
        {
            var token = tokens[i];
            // "Trump World", "New Hampshire Republican": a word or two already known name something else.
            if (token.IsWord && (table.Find(text, token.Start, token.End) is not null || (i < last && table.Find(text, token.Start, tokens[i + 1].End) is not null))) return false;
        }
        return IsPlainName(text, passage, first, last);
    }

    /// <summary>
    /// Words that each start with a capital and go on in small letters (initials with their dot aside),
    /// the last no body's or thing's name: "Mitch McConnell", not "OF THE UNION" or "Call Day".
    /// </summary>
    private static bool IsPlainName(string text, Passage passage, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            var token = passage.Tokens[i];
            if (!token.IsWord) continue;
            if (i < last && IsInitials(text, token)) continue;
            if (i == last && i > first && Suffixes.Contains(passage.Word(text, i))) continue;
            if (token.Length < 2 || !char.IsUpper(text[token.Start]) || !char.IsLower(text[token.Start + 1])) return false;
            for (int c = token.Start; c < token.End; c++)
            {
                if (!char.IsLetter(text[c]) && text[c] is not ('-' or '\'' or '\u2019')) return false;
            }
        }
        var lastWord = passage.Word(text, last);
        return !BodyWords.Contains(lastWord) && !Institutions.Contains(lastWord) && !NamedThings.Contains(lastWord);
    }

    private static readonly WordSet Suffixes = Words.Set("Jr Sr II III IV");

    /// <summary>"J", "H.W", "G.K": a middle or first name given by its initials.</summary>
    private static bool IsInitials(string text, Token token)
    {
        if (token.Length > 5 || (token.Length > 1 && text.IndexOf('.', token.Start, token.Length) < 0)) return false;
        for (int c = token.Start; c < token.End; c++)
        {
            if (!char.IsUpper(text[c]) && text[c] != '.') return false;
        }
        return true;
    }
}
