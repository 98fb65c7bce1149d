using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CorpusGen.Generators.Tests;

/// <summary>The generated code compiled and loaded, for inputs a user might throw at it.</summary>
public class GeneratedApiTests
{
    private static (System.Reflection.Assembly Assembly, string[] Names) Generate(params (string Name, string Text)[] seeds)
    {
        var files = seeds.Select(s => new TestAdditionalText(TestHelpers.SeedPath(s.Name), s.Text)).ToArray();
        var (result, output) = TestHelpers.Run(files);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(TestHelpers.Problems(output));
        var assembly = TestHelpers.Load(output);
        var names = assembly.GetType("Test.News.Corpus+Articles", true)!.GetProperties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        return (assembly, names);
    }

    private static string[] People(System.Reflection.Assembly assembly) =>
        assembly.GetType("Test.News.Corpus+People", true)!.GetProperties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("class", "Class")]
    [InlineData("2024 in review", "_2024InReview")]
    [InlineData("C# 14: what's new?!", "C14WhatsNew")]
    [InlineData("Ελλάδα: νέα κυβέρνηση", "ΕλλάδαΝέαΚυβέρνηση")]
    [InlineData("Articles", "Articles_")]
    [InlineData("ToString", "ToString_")]
    [InlineData("!!!", "Article")]
    public void Titles_become_valid_identifiers(string title, string expected)
    {
        var (_, names) = Generate(("a.txt", title + "\n\nBody text."));
        Assert.Equal(new[] { expected }, names);
    }

    [Fact]
    public void Two_files_with_the_same_title_both_generate_in_path_order()
    {
        var (assembly, names) = Generate(("b.txt", "Same title\n\nSecond."), ("a.txt", "Same title\n\nFirst."));
        Assert.Equal(new[] { "SameTitle", "SameTitle2" }, names);
        dynamic first = TestHelpers.StaticProperty(assembly, "Test.News.Corpus+Articles", "SameTitle")!;
        Assert.Equal("seeds/a.txt", (string)first.SourceFile);
    }

    [Theory]
    [InlineData("Quotes \" and \\ backslashes \\n and \\u0041 escapes")]
    [InlineData("Ends a comment */ and a string \"\"\" and a directive\n#endif\n#error no")]
    [InlineData("Line\u2028separator\u2029paragraph\u0085next\rcr\r\ncrlf")]
    [InlineData("Bidi \u202Eoverride\u202C and \u2066isolate\u2069 and zero\u200Bwidth")]
    [InlineData("NUL \0 and controls \u0001\u001F\u007F and emoji 😀 and BOM \uFEFF inside")]
    [InlineData("A lone \uD800 surrogate and another \uDFFF one")]
    public void Text_round_trips_exactly_whatever_it_holds(string body)
    {
        var text = "Title\n\n" + body;
        var (assembly, names) = Generate(("a.txt", text));
        dynamic article = TestHelpers.StaticProperty(assembly, "Test.News.Corpus+Articles", names[0])!;
        Assert.Equal(text, (string)article.Text);
    }

    [Fact]
    public void Front_matter_becomes_typed_metadata()
    {
        var (assembly, _) = Generate(("a.txt", "---\nurl: https://news.example/a\npublished: 2024-07-10T09:30:00Z\nauthor: Jo Writer\nsource: Example News\n---\nTitle\n\nBody."));
        dynamic article = TestHelpers.StaticProperty(assembly, "Test.News.Corpus+Articles", "Title")!;
        Assert.Equal(new Uri("https://news.example/a"), (Uri)article.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2024, 7, 10, 9, 30, 0, TimeSpan.Zero), (DateTimeOffset)article.Metadata.Published);
        Assert.Equal("Jo Writer", (string)article.Metadata.Author);
        Assert.Equal("Example News", (string)article.Metadata.Source);
        Assert.Equal("Title", (string)article.Title);
    }

    [Fact]
    public void The_same_entity_in_two_articles_is_one_object()
    {
        var (assembly, names) = Generate(("a.txt", "One\n\nNATO met."), ("b.txt", "Two\n\nThe North Atlantic Treaty Organization met."));
        var nato = TestHelpers.StaticProperty(assembly, "Test.News.Corpus+Organizations", "Nato");
        dynamic one = TestHelpers.StaticProperty(assembly, "Test.News.Corpus+Articles", "One")!;
        dynamic two = TestHelpers.StaticProperty(assembly, "Test.News.Corpus+Articles", "Two")!;
        Assert.Same(nato, ((IEnumerable<object>)one.Entities).Single());
        Assert.Same(nato, ((IEnumerable<object>)two.Entities).Single());
    }

    private static object Person(System.Reflection.Assembly assembly, string name) => TestHelpers.StaticProperty(assembly, "Test.News.Corpus+People", name)!;

    private static IEnumerable<object> EntitiesOf(System.Reflection.Assembly assembly, string article) =>
        (IEnumerable<object>)((dynamic)TestHelpers.StaticProperty(assembly, "Test.News.Corpus+Articles", article)!).Entities;

    [Fact]
    public void A_person_named_with_and_without_a_middle_initial_in_two_articles_is_one_object()
    {
        var (assembly, _) = Generate(("a.txt", "One\n\nSenator Tom B. Reed met voters."), ("b.txt", "Two\n\nSenator Tom Reed met voters."));
        Assert.Equal(new[] { "TomReed" }, People(assembly));
        Assert.Same(Person(assembly, "TomReed"), EntitiesOf(assembly, "One").Single());
        Assert.Same(Person(assembly, "TomReed"), EntitiesOf(assembly, "Two").Single());
    }

    [Fact]
    public void A_person_named_by_title_and_surname_in_one_article_is_the_full_named_one_of_another()
    {
        var (assembly, _) = Generate(("a.txt", "One\n\nSenator Tom Reed met voters."), ("b.txt", "Two\n\nSenator Reed met voters again."));
        Assert.Equal(new[] { "TomReed" }, People(assembly));
        Assert.Contains("Reed", (IEnumerable<string>)((dynamic)Person(assembly, "TomReed")).Aliases);
        Assert.Same(Person(assembly, "TomReed"), EntitiesOf(assembly, "Two").Single());
    }

    [Fact]
    public void A_titled_surname_takes_the_one_of_several_with_the_same_office_however_abbreviated()
    {
        var (assembly, _) = Generate(
            ("a.txt", "One\n\nGovernor Tom Reed met voters."), ("b.txt", "Two\n\nDr. Anna Reed met voters."), ("c.txt", "Three\n\nGov. Reed spoke again."));
        Assert.Equal(new[] { "AnnaReed", "TomReed" }, People(assembly));
        Assert.Same(Person(assembly, "TomReed"), EntitiesOf(assembly, "Three").Single());
    }

    [Fact]
    public void A_surname_shared_by_two_people_stays_a_person_of_its_own()
    {
        var (assembly, _) = Generate(("a.txt", "One\n\nTom Reed met voters."), ("b.txt", "Two\n\nAnna Reed met voters."), ("c.txt", "Three\n\nDr. Reed spoke."));
        Assert.Equal(new[] { "AnnaReed", "Reed", "TomReed" }, People(assembly));
    }

    [Fact]
    public void A_bad_file_does_not_stop_the_others()
    {
        var (_, names) = Generate(("bad.txt", "\0\0\0binary\0"), ("empty.txt", ""), ("good.txt", "Good news\n\nBody."));
        Assert.Equal(new[] { "Bad", "Empty", "GoodNews" }, names);
    }
}
