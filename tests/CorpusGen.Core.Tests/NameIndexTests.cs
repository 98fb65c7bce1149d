using System.Linq;
using CorpusGen.Core.Entities;
using Xunit;

namespace CorpusGen.Core.Tests;

public class NameIndexTests
{
    [Theory]
    [InlineData("People’s Republic", "People's Republic")]
    [InlineData("Secretary\u2011General", "Secretary-General")]
    [InlineData("New\u00A0York", "New York")]
    [InlineData("New  \t York", "New York")]
    [InlineData("New\u200BYork", "New York")]
    [InlineData("Jens Stoltenberg", "Jens Stoltenberg")]
    public void Typographic_marks_and_runs_of_space_compare_as_plain_ones(string surface, string key)
    {
        Assert.Equal(key, NameKey.Normalize(surface));
        Assert.Equal(NameKey.Hash(key, 0, key.Length), NameKey.Hash(surface, 0, surface.Length));
        Assert.True(NameKey.Matches(key, surface, 0, surface.Length));
    }

    [Theory]
    [InlineData("Donald J. Trump", "Donald Trump")]
    [InlineData("Donald Trump", "Donald Trump")]
    [InlineData("George W. Bush", "George Bush")]
    [InlineData("George H.W. Bush", "George H.W. Bush")]
    [InlineData("Hillary Rodham Clinton", "Hillary Rodham Clinton")]
    [InlineData("John G. Roberts Jr", "John Roberts Jr")]
    [InlineData("J. K. Rowling", "J. Rowling")]
    public void A_persons_key_drops_middle_initials_only(string name, string key) => Assert.Equal(key, NameKey.PersonKey(name));

    [Fact]
    public void A_plain_surface_is_returned_as_it_is()
    {
        var surface = "North Atlantic Treaty Organization";
        Assert.Same(surface, NameKey.Normalize(surface));
    }

    [Theory]
    [InlineData("Jens", "Jens Stoltenberg")]
    [InlineData("Jens Stoltenbergs", "Jens Stoltenberg")]
    [InlineData("", "Jens")]
    public void A_span_matches_only_the_whole_key(string surface, string key) =>
        Assert.False(NameKey.Matches(key, surface, 0, surface.Length));

    [Fact]
    public void A_span_is_looked_up_where_it_stands_and_finds_what_the_string_finds()
    {
        var index = new NameIndex<string>();
        index.Add("People's Republic of China", "China");
        var text = "Officials of the People’s  Republic of China said so.";
        int start = text.IndexOf("People", System.StringComparison.Ordinal);
        int end = text.IndexOf(" said", System.StringComparison.Ordinal);
        Assert.Equal(("China", false), index.LookUp(text, start, end, NameKey.Hash(text, start, end)));
        Assert.Equal(("China", false), index.LookUp("People’s Republic of China"));
        // Every start that ends at a word break is a prefix with no value of its own.
        int people = start + "People".Length;
        Assert.Equal((null, true), index.LookUp(text, start, people, NameKey.Hash(text, start, people)));
        Assert.Equal((null, true), index.LookUp("People's"));
        Assert.Equal((null, false), index.LookUp("Republic"));
    }

    [Fact]
    public void The_first_value_given_for_a_name_keeps_it_and_a_prefix_can_gain_a_value()
    {
        var index = new NameIndex<string>();
        index.Add("Georgia Tech", "university");
        index.Add("Georgia", "country");
        index.Add("Georgia", "state");
        Assert.Equal(("country", true), index.LookUp("Georgia"));
        Assert.Equal(("university", false), index.LookUp("Georgia Tech"));
    }

    [Fact]
    public void The_index_grows_and_keeps_every_name()
    {
        var index = new NameIndex<string>();
        var names = Enumerable.Range(0, 5000).Select(i => "Name" + i).ToList();
        foreach (var name in names) index.Add(name, name.ToUpperInvariant());
        Assert.Equal(5000, index.Count);
        Assert.All(names, name => Assert.Equal(name.ToUpperInvariant(), index.LookUp(name).Value));
        Assert.Null(index.LookUp("Name5000").Value);
    }
}
