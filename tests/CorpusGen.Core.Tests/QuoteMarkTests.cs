using Xunit;

namespace CorpusGen.Core.Tests;

public class QuoteMarkTests
{
    [Theory]
    [InlineData("The mayor called it “a fine day for the town,” he said.", "a fine day for the town,")]
    [InlineData("The mayor said \"we will rebuild the bridge\" on Monday.", "we will rebuild the bridge")]
    [InlineData("The mayor said ``we will rebuild the bridge'' on Monday.", "we will rebuild the bridge")]
    [InlineData("The mayor said ''we will rebuild the bridge'' on Monday.", "we will rebuild the bridge")]
    [InlineData("The mayor said «we will rebuild the bridge» on Monday.", "we will rebuild the bridge")]
    [InlineData("The mayor said „we will rebuild the bridge“ on Monday.", "we will rebuild the bridge")]
    [InlineData("Rep. Tom Hale (R-Ohio):\"Who told you that figure?\"", "Who told you that figure?")]
    [InlineData("The clerk sighed.\"We were misled about the bridge,\" he said.", "We were misled about the bridge,")]
    [InlineData("The council called for an “expedited review“ of the bridge.", "expedited review")]
    [InlineData("The fact-checkers rated the mayor's claim “Mostly False.“", "Mostly False.")]
    public void Directed_and_straight_pairs_are_read(string paragraph, string quoted)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(new[] { quoted }, article.QuoteTexts());
        Assert.Empty(article.Findings);
    }

    [Theory]
    [InlineData("The town’s bridge and the players’ union’s fund were both in the ’90s budget.")]
    [InlineData("She didn’t say it was rock ’n’ roll, and the 5'10\" guard agreed.")]
    [InlineData("It's the council's plan, and the engineers' view is that it won't work.")]
    public void Apostrophes_possessives_and_inch_marks_are_not_quotes(string paragraph)
    {
        var article = Read.Article(paragraph);
        Assert.Empty(article.Quotes);
        Assert.Empty(article.Findings);
    }

    [Fact]
    public void A_quote_inside_a_quote_with_the_other_marks_is_nested_without_a_finding()
    {
        var article = Read.Article("“The word ‘never’ was used twice,” the clerk said.");
        Assert.Equal(new[] { "The word ‘never’ was used twice,", "never" }, article.QuoteTexts());
        Assert.Equal(0, article.Quotes[0].Depth);
        Assert.Equal(1, article.Quotes[1].Depth);
        Assert.Empty(article.Findings);
    }

    [Fact]
    public void A_straight_mark_spaced_off_a_closing_single_quote_closes_the_double_quote()
    {
        // Typesetters put a space between two closing marks (,' "); the double mark still closes.
        var article = Read.Article("\"It's not just me saying, 'vote for her,' \" Maria Lopez told reporters. \"It is her turn.\"");
        Assert.Equal(new[] { "It's not just me saying, 'vote for her,' ", "vote for her,", "It is her turn." }, article.QuoteTexts());
        Assert.Equal("Maria Lopez", article.SpeakerText(article.Quotes[0]));
        Assert.Equal("Maria Lopez", article.SpeakerText(article.Quotes[2]));
        Assert.Empty(article.Findings);
    }

    [Fact]
    public void A_doubled_mark_spaced_off_the_comma_before_it_closes_the_quotation()
    {
        var article = Read.Article("''He built very strong coalitions, '' said Maria Lopez, who works on the campaign.");
        Assert.Equal(new[] { "He built very strong coalitions, " }, article.QuoteTexts());
        Assert.Equal("Maria Lopez", article.SpeakerText(article.Quotes[0]));
    }

    [Fact]
    public void A_quote_inside_a_quote_with_the_same_marks_is_read_and_reported_at_the_inner_mark()
    {
        var article = Read.Article("“The so-called “green plan” is dead,” the clerk said.");
        Assert.Equal(2, article.Quotes.Count);
        var finding = Assert.Single(article.Findings);
        Assert.Equal(FindingKind.NestedSameMarks, finding.Kind);
        Assert.Equal(article.Text.IndexOf("“green", System.StringComparison.Ordinal), finding.Range.Start);
    }

    [Fact]
    public void A_quote_continued_over_paragraphs_is_one_quote_and_not_unclosed()
    {
        var article = Read.Article("“We will build the bridge,” the mayor said. “It will take two years.", "“And it will be paid for by the state.”");
        Assert.Equal(2, article.Quotes.Count);
        var continued = article.Quotes[1];
        Assert.Contains("two years.", article.Text(continued.Content));
        Assert.Contains("paid for by the state.", article.Text(continued.Content));
        Assert.Empty(article.Findings);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_and_the_rest_of_the_article_is_still_read()
    {
        var article = Read.Article("The mayor said “we will build it.", "Later the clerk said “the money is there,” and left.");
        Assert.Equal(new[] { "the money is there," }, article.QuoteTexts());
        var finding = Assert.Single(article.Findings, f => f.Kind == FindingKind.UnclosedQuotation);
        Assert.Equal(article.Text.IndexOf("“we", System.StringComparison.Ordinal), finding.Range.Start);
    }

    [Fact]
    public void A_stray_closing_mark_is_reported()
    {
        var article = Read.Article("The mayor said we will build it.” Then he left.");
        Assert.Empty(article.Quotes);
        Assert.Equal(new[] { FindingKind.StrayClosingMark }, article.FindingKinds());
    }

    [Fact]
    public void Mismatched_marks_still_make_a_quote_and_are_reported()
    {
        var article = Read.Article("The mayor said “we will build it\" and left.");
        Assert.Equal(new[] { "we will build it" }, article.QuoteTexts());
        Assert.Contains(FindingKind.MismatchedMarks, article.FindingKinds());
    }

    [Theory]
    [InlineData("The mayor said “” and left.")]
    [InlineData("The mayor said “ … ” and left.")]
    public void Empty_quotations_are_reported_and_not_quotes(string paragraph)
    {
        var article = Read.Article(paragraph);
        Assert.Empty(article.Quotes);
        Assert.Equal(new[] { FindingKind.EmptyQuotation }, article.FindingKinds());
    }

    [Fact]
    public void A_word_repeated_across_the_opening_mark_is_reported()
    {
        var article = Read.Article("The council urged the firm to “to stop all work on the site,” a clerk said.");
        var finding = Assert.Single(article.Findings);
        Assert.Equal(FindingKind.RepeatedWordAtBoundary, finding.Kind);
        Assert.Equal("to “to", article.Text(finding.Range));
    }

    [Fact]
    public void Quote_positions_are_one_based_line_and_column()
    {
        var article = ArticleReader.Read("Title\n\nFirst line.\n\nThe clerk said “yes, we will,” and left.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(5, quote.Line);
        Assert.Equal(16, quote.Column);
        Assert.Equal(1, quote.Paragraph);
    }

    [Fact]
    public void Only_the_same_kind_of_mark_continues_a_quotation_into_the_next_paragraph()
    {
        var article = Read.Article("\"The excerpt starts here and is never closed.", "“It never crossed my mind,” she said.");
        Assert.Equal(new[] { "It never crossed my mind," }, article.QuoteTexts());
        Assert.DoesNotContain(FindingKind.MismatchedMarks, article.FindingKinds());
    }
}
