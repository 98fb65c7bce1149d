using CorpusGen.Core.Text;
using Xunit;

namespace CorpusGen.Core.Tests;

public class WordsTests
{
    [Theory]
    [InlineData("By Jane Smith", 0, "By ", true)]
    [InlineData("by the Post", 3, "the ", true)]
    [InlineData("Bye now", 0, "By ", false)]
    [InlineData("---", 0, "---", true)]
    [InlineData("--", 0, "---", false)]
    [InlineData("said by", 5, "by ", false)]
    [InlineData("said by", 7, "by", false)]
    [InlineData("of", -1, "of", false)]
    public void A_literal_is_found_only_where_it_stands_whole_inside_the_text(string text, int start, string word, bool expected)
    {
        Assert.Equal(expected, Words.At(text, start, word));
    }

    [Theory]
    [InlineData('-', true)]
    [InlineData('\u2013', true)]
    [InlineData('\u2014', true)]
    [InlineData('\u2015', true)]
    [InlineData(',', false)]
    [InlineData('_', false)]
    public void Hyphens_and_every_dash_set_clauses_off(char c, bool expected)
    {
        Assert.Equal(expected, Words.IsDash(c));
    }
}
