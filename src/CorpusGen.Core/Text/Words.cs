using System;
using System.Collections.Generic;

namespace CorpusGen.Core.Text;

/// <summary>Small word classes that several readers share.</summary>
public static class Words
{
    private static readonly WordSet Abbreviations = Set(
        "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Adm St Jr Sr Inc Co Corp Ltd vs No Prof Rev Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mt Ft Del Hon Amb Atty Supt Cmdr Maj Pvt Cpl Pres Sec Assn Dept Univ Vol Ave Blvd Rd Messrs Mmes Calif Mass Wash Fla Ill Mich Penn Conn Ariz Colo Minn Wis Tenn Okla Ore Nev Ky La Md Mo Va Ga Ala Ark Kan Neb Miss");

    private static readonly WordSet CapitalizedFunctionWords = Set(
        "The A An This That These Those But And Or So Yet In On At For From By With Without As After Before While When Whether Where If Since Because Although Though Meanwhile However Also Still Then Now Here There It He She They We I You His Her Their Our Its My Your Some Many Most Several Both All Each Every According Asked Speaking Despite During Under Over Among Between Through Against Last Next First Once Earlier Later Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Not Even Only Just Like Unlike Perhaps Maybe Indeed Instead Of To Into Upon About Around Amid Inside Outside Within Beyond Along Across Toward Towards What Who Why How Which Whose Whom Read Also Mr Mrs Ms Alongside Following Given Besides Throughout Regardless Do Does Did");

    private static readonly WordSet Auxiliaries = Set(
        "has have had will would could can may might should shall must is was were are be been being did does do also reportedly later then now previously recently once again repeatedly further subsequently finally simply quickly immediately publicly privately allegedly apparently since already often never always still just even ever didn't doesn't don't hasn't haven't hadn't won't wouldn't couldn't can't shouldn't wasn't isn't didn’t doesn’t don’t hasn’t haven’t hadn’t won’t wouldn’t couldn’t can’t shouldn’t wasn’t isn’t");

    /// <summary>Counts that open a time expression ("two weeks ago") but can also be who acts ("the two write").</summary>
    private const string CountList = "two three four few several";
    private static readonly WordSet Counts = Set(CountList);

    private static readonly WordSet TimeWords = Set(
        "on at in last this next past early late earlier later recently ago week weeks month months year years day days morning afternoon evening night today yesterday tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec less more than " + CountList);

    public static bool IsAbbreviation(string word) => Abbreviations.Contains(word);

    private static readonly WordSet MonthNames = Set("January February March April May June July August September October November December");
    private static readonly WordSet MonthAbbreviations = Set("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec");

    public static bool IsMonthName(string word) => MonthNames.Contains(word);

    public static bool IsMonthName(string text, int start, int length) => MonthNames.Contains(text, start, length);

    /// <summary>"Jun", "Sept": a month cut short (a name too: columnist Ai Jun).</summary>
    public static bool IsMonthAbbreviation(string word) => MonthAbbreviations.Contains(word);

    public static bool IsAbbreviation(string text, int start, int length) => Abbreviations.Contains(text, start, length);

    /// <summary>Whether the word text[start..end) is an abbreviation, or ends in one after a hyphen ("D-Ill").</summary>
    public static bool EndsInAbbreviation(string text, int start, int end)
    {
        int hyphen = text.LastIndexOf('-', end - 1, end - start);
        if (hyphen >= 0) start = hyphen + 1;
        return end > start && Abbreviations.Contains(text, start, end - start);
    }

    /// <summary>A hyphen or any of the dashes news sets clauses off with (en, em, horizontal bar).</summary>
    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2015';

    /// <summary>Whether <paramref name="word"/> is a count among the time words (<see cref="CountList"/>).</summary>
    public static bool IsCount(string word) => Counts.Contains(word);

    /// <summary>
    /// Words of a time expression between a subject and its verb ("less than two weeks ago said"); a
    /// number is one ("in 2016"), a hyphenated compound starting with one is not ("the 43-year-old").
    /// </summary>
    public static bool IsTimeWord(string word) => TimeWords.Contains(word) || (word.Length > 0 && char.IsDigit(word[0]) && word.IndexOf('-') < 0);

    public static bool IsCapitalizedFunctionWord(string word) => CapitalizedFunctionWords.Contains(word);

    /// <summary>"One Democratic strategist", "Another Muslim", "Former House Speaker": words that open a description, not a name.</summary>
    public static bool OpensDescription(string word) => word is "One" or "Another" or "Former" or "Other" or "Multiple" or "Several" or "Two" or "Three";

    /// <summary>Words between a speaker and the cue ("has", "also", "reportedly").</summary>
    public static bool IsAuxiliaryOrAdverb(string word) =>
        Auxiliaries.Contains(word) || (EndsLikeAdverb(word) && char.IsLower(word[0]));

    /// <summary>"reportedly", "Shortly": a word of five letters or more ending in -ly, in either case.</summary>
    public static bool EndsLikeAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>"RESIGNS", "NATO": three letters or more, none in small letters ("R." and "II" are not words in capitals).</summary>
    public static bool IsInCapitals(string text, int start, int end)
    {
        if (end - start < 3) return false;
        for (int i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i]) || char.IsLower(text[i])) return false;
        }
        return true;
    }

    public static bool StartsUpper(string text, Token token) => token.IsWord && char.IsUpper(text[token.Start]);

    /// <summary>"Giuliani", "J": a capital and then small letters, not "SOMETHING" of a headline in capitals.</summary>
    public static bool IsNameWord(string text, Token token) => StartsUpper(text, token) && (token.Length == 1 || char.IsLower(text[token.Start + 1]));

    /// <summary>
    /// Whether <paramref name="text"/> holds <paramref name="word"/> (any literal: "By ", "---") at
    /// <paramref name="start"/>, false where it would run past the end. Compared here, not with
    /// string.CompareOrdinal: in a new compiler process the runtime's own comparison runs unoptimised for
    /// the whole build.
    /// </summary>
    public static bool At(string text, int start, string word)
    {
        if (start < 0 || start > text.Length - word.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            if (text[start + i] != word[i]) return false;
        }
        return true;
    }

    public static WordSet Set(string words) =>
        new(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
