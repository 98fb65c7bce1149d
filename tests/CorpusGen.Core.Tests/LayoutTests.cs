using System.Linq;
using Xunit;

namespace CorpusGen.Core.Tests;

public class LayoutTests
{
    [Fact]
    public void Breadcrumb_glued_to_the_title_gives_the_section_and_the_title_once()
    {
        var article = ArticleReader.Read("HomeBusinessRates rise again\n\nRates rise again\n\nThe bank moved on Tuesday.");
        Assert.Equal("Rates rise again", article.TitleText);
        Assert.Equal(new[] { "Home", "Business" }, article.Breadcrumb.Select(r => r.Slice(article.Text)).ToArray());
        Assert.Equal("Business", article.Text(article.Section!.Value));
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Breadcrumb_with_separators_is_split_on_them()
    {
        var article = ArticleReader.Read("Home › World › Asia Floods close schools\n\nFloods close schools\n\nRain fell.");
        Assert.Equal(new[] { "Home", "World", "Asia" }, article.Breadcrumb.Select(r => r.Slice(article.Text)).ToArray());
    }

    [Fact]
    public void Title_without_breadcrumb_is_the_first_line()
    {
        var article = ArticleReader.Read("Floods close schools\n\nRain fell all week.\n\nSchools shut.");
        Assert.Equal("Floods close schools", article.TitleText);
        Assert.Empty(article.Breadcrumb);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Repeated_title_and_related_links_are_not_body_text()
    {
        var article = ArticleReader.Read("Floods close schools\n\nFloods close schools\n\nRain fell.\n\nAlso Read: Why rivers rise\n\nRead more: Storm season ahead\n\nSchools shut.");
        Assert.Equal(new[] { "Rain fell.", "Schools shut." }, article.Paragraphs.Select(p => p.Range.Slice(article.Text)).ToArray());
        Assert.Equal(new[] { "Why rivers rise", "Storm season ahead" }, article.RelatedLinks.Select(r => r.Slice(article.Text)).ToArray());
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_ending_gives_the_same_paragraphs_and_line_numbers(string newline)
    {
        var text = string.Join(newline, "A title", "", "First paragraph.", "", "Second paragraph.");
        var article = ArticleReader.Read(text);
        Assert.Equal("A title", article.TitleText);
        Assert.Equal(new[] { 3, 5 }, article.Paragraphs.Select(p => p.Line).ToArray());
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_title()
    {
        var article = ArticleReader.Read("\uFEFFA title\n\nBody.");
        Assert.Equal("A title", article.TitleText);
    }

    [Fact]
    public void Front_matter_becomes_metadata_and_is_not_body_text()
    {
        var article = ArticleReader.Read("---\nurl: https://example.com/a\npublished: 2024-07-10\nauthor: \"Jo Writer\"\n---\nA title\n\nBody.");
        Assert.Equal("https://example.com/a", article.MetadataValue("url"));
        Assert.Equal("2024-07-10", article.MetadataValue("Published"));
        Assert.Equal("Jo Writer", article.MetadataValue("author"));
        Assert.Equal("A title", article.TitleText);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Front_matter_without_closing_fence_is_read_as_text()
    {
        var article = ArticleReader.Read("---\nurl: https://example.com/a\n\nBody.");
        Assert.Empty(article.Metadata);
        Assert.Equal("url: https://example.com/a", article.TitleText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t ")]
    public void Empty_text_has_no_title_and_says_so(string text)
    {
        var article = ArticleReader.Read(text);
        Assert.Null(article.Title);
        Assert.Equal(new[] { FindingKind.NoTitle }, article.FindingKinds());
    }

    [Fact]
    public void Binary_data_is_unreadable_and_not_read_further()
    {
        var article = ArticleReader.Read("PK\u0003\u0004\0\0\u0014\0binary");
        Assert.Equal(new[] { FindingKind.UnreadableSeed }, article.FindingKinds());
        Assert.Empty(article.Paragraphs);
    }

    [Theory]
    [InlineData("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON (AP)")]
    [InlineData("KYIV, Ukraine — Sirens sounded overnight.", "KYIV, Ukraine")]
    [InlineData("NEW YORK -- Markets fell.", "NEW YORK")]
    public void A_dateline_opening_the_first_paragraph_is_recognised_and_kept_in_it(string paragraph, string dateline)
    {
        var article = ArticleReader.Read("A title\n\n" + paragraph);
        Assert.Equal(dateline, article.Text(article.Dateline!.Value));
        Assert.Equal(paragraph, article.Text(article.Paragraphs[0].Range));
    }

    [Theory]
    [InlineData("NATO has accused China of being a partner.")]
    [InlineData("FBI Director James Comey — who spoke first — said little.")]
    [InlineData("The Senate voted — narrowly — on Tuesday.")]
    public void Ordinary_first_paragraphs_have_no_dateline(string paragraph)
    {
        Assert.Null(ArticleReader.Read("A title\n\n" + paragraph).Dateline);
    }

    [Fact]
    public void A_byline_is_not_body_text()
    {
        var article = ArticleReader.Read("A title\n\nBy Jane Smith, Associated Press\n\nThe Senate voted.");
        Assert.Equal("Jane Smith, Associated Press", article.Text(article.Byline!.Value));
        Assert.Equal("The Senate voted.", Assert.Single(article.Paragraphs).Range.Slice(article.Text));
    }
}
