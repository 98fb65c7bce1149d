using System.Collections.Generic;
using CorpusGen.Core.Attribution;
using CorpusGen.Core.Text;
using Xunit;

namespace CorpusGen.Core.Tests;

/// <summary>
/// The cue found at a word, asked directly: the quick test that lets most words go (first two letters
/// and length) must never drop a cue, in any case.
/// </summary>
public class CueLexiconTests
{
    [Theory]
    [InlineData("the senator said on Monday", 2, "said")]
    [InlineData("ACCORDING TO the report", 0, "ACCORDING TO")]
    [InlineData("According to the report", 0, "According to")]
    [InlineData("according to the report", 0, "according to")]
    [InlineData("Per the party's bylaws", 0, "Per")]
    [InlineData("he WAS QUOTED AS SAYING it", 1, "WAS QUOTED AS SAYING")]
    [InlineData("she pointed out that", 1, "pointed out")]
    [InlineData("Said Dorothy Poynter, who grew up there", 0, "Said")]
    [InlineData("the mayor added that", 2, "added")]
    public void A_cue_is_found_in_any_case_its_list_allows(string text, int word, string cue)
    {
        var (passage, tokens) = PassageOf(text);
        var match = CueLexicon.MatchAt(text, passage, word);
        Assert.NotNull(match);
        Assert.Equal(cue, text.Substring(tokens[match.Value.First].Start, tokens[match.Value.Last].End - tokens[match.Value.First].Start));
    }

    [Theory]
    [InlineData("the senator SAID it", 2)] // verbs are listed in lower case and matched as written
    [InlineData("the senator sail on", 2)] // the shape of "said", no cue
    [InlineData("a sa is", 1)]
    [InlineData("a b c", 1)]
    [InlineData("the 2016 race", 1)]
    [InlineData("per hour", 0)]
    [InlineData("the 2012 attacks left four dead", 2)] // a number before a word as often a noun: the noun
    [InlineData("in the 9/11 attacks", 5)]
    [InlineData("joined in a thunderous chant of", 4)] // after an adjective or a preposition, a chant is a noun
    [InlineData("the hall filled with chants for", 4)]
    [InlineData("Japan agrees to renounce war", 1)] // consent, not a report
    public void A_word_that_starts_no_cue_gives_none(string text, int word)
    {
        var (passage, _) = PassageOf(text);
        Assert.Null(CueLexicon.MatchAt(text, passage, word));
    }

    private static (Passage, List<Token>) PassageOf(string text)
    {
        var range = new TextRange(0, text.Length);
        var tokens = Tokenizer.Tokenize(text, range, new HashSet<int>(), new List<Token>());
        return (new Passage(0, range, tokens), tokens);
    }
}
