using System;
using CorpusGen.Core.Text;
using Xunit;

namespace CorpusGen.Core.Tests;

/// <summary>A word list asked through its shapes first must answer exactly as the list itself would.</summary>
public class WordSetTests
{
    private static readonly string[] List = { "Senator", "said", "characterizations", "Élysée", "is", "x", "1st", "O'Neill" };

    [Theory]
    [InlineData("Senator", true)]
    [InlineData("said", true)]
    [InlineData("Said", false)]
    [InlineData("sail", false)]
    [InlineData("characterizations", true)]
    [InlineData("characterizationz", false)]
    [InlineData("characterizationsss", false)]
    [InlineData("Élysée", true)]
    [InlineData("is", true)]
    [InlineData("it", false)]
    [InlineData("x", true)]
    [InlineData("y", false)]
    [InlineData("1st", true)]
    [InlineData("O'Neill", true)]
    [InlineData("", false)]
    public void An_ordinal_set_answers_as_its_list(string word, bool expected)
    {
        var set = new WordSet(List, StringComparer.Ordinal);
        Assert.Equal(expected, set.Contains(word));
        Assert.Equal(expected, Array.IndexOf(List, word) >= 0);
        // Looked up where it stands in a longer text, the word answers the same.
        var text = "<" + word + ">";
        Assert.Equal(expected, set.Contains(text, 1, word.Length));
    }

    [Theory]
    [InlineData("SENATOR", true)]
    [InlineData("senator", true)]
    [InlineData("sENATOR", true)]
    [InlineData("Senators", false)]
    [InlineData("ÉLYSÉE", true)]
    [InlineData("IS", true)]
    [InlineData("X", true)]
    public void A_set_that_ignores_case_finds_a_word_in_any_case(string word, bool expected)
    {
        var set = new WordSet(List, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(expected, set.Contains(word));
    }

    [Fact]
    public void Shapes_let_go_only_what_no_word_of_the_list_can_be()
    {
        var shapes = new WordShapes(new[] { "said", "According" });
        const string text = "He SAID, according to sail records, x";
        Assert.True(shapes.MayContain(text, 3, 4));   // SAID
        Assert.True(shapes.MayContain(text, 9, 9));   // according
        Assert.True(shapes.MayContain(text, 22, 4));  // sail: the shape of "said", looked up
        Assert.False(shapes.MayContain(text, 19, 2)); // to
        Assert.False(shapes.MayContain(text, 27, 7)); // records
        Assert.True(shapes.MayContain(text, 36, 1));  // one letter has no shape: always looked up
    }
}
