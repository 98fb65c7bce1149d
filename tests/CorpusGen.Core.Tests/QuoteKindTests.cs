using System.Linq;
using Xunit;

namespace CorpusGen.Core.Tests;

public class QuoteKindTests
{
    [Theory]
    [InlineData("The firm praised its so-called “green bonds” all year.", QuoteKind.ScareQuote)]
    [InlineData("The so called “Harbour Deal” was signed in May by the town council.", QuoteKind.ScareQuote)]
    [InlineData("The mayor toured the site, which she described as “frankly dangerous” in May.", QuoteKind.Partial)]
    [InlineData("The mayor backed the plan, often criticized as a “build first” approach.", QuoteKind.ScareQuote)]
    [InlineData("HARBOUR WATCH—“Dock cranes go quiet for the winter,” by the Gazette’s Ana Ruiz: a long read.", QuoteKind.ScareQuote)]
    [InlineData("The plan was called an “act of faith, misguided but sincere,” by Mayor Ruth Kane.", QuoteKind.Partial)]
    [InlineData("A radio host in the harbour town has set up a website called “Move Here If You Lose” this week.", QuoteKind.ScareQuote)]
    [InlineData("The audit found what several lawmakers called “fraud” in the books.", QuoteKind.Partial)]
    [InlineData("Only when a mayor can run for office without being told to “smile” will it end.", QuoteKind.ScareQuote)]
    [InlineData("The film “Harbour Lights” opened in town on Friday night.", QuoteKind.ScareQuote)]
    [InlineData("The plan was a “total mess” in every way.", QuoteKind.ScareQuote)]
    [InlineData("Her memoir, “Harbour Days,” sold well in town.", QuoteKind.ScareQuote)]
    [InlineData("The mayor wrote in her book, “The harbour will close within a year.”", QuoteKind.Speech)]
    [InlineData("The mayor said the plan “cannot go ahead without more money,” and left.", QuoteKind.Partial)]
    [InlineData("The council accused the firm of a “reckless disregard” for safety.", QuoteKind.Partial)]
    [InlineData("“The plan cannot go ahead without more money,” the mayor said.", QuoteKind.Speech)]
    [InlineData("The mayor said: “The plan cannot go ahead.”", QuoteKind.Speech)]
    [InlineData("The mayor said the dock was safe in an interview with “Harbour Radio Sunday.”", QuoteKind.ScareQuote)]
    [InlineData("The rival nicknamed her “Little Ruth” at every rally.", QuoteKind.ScareQuote)]
    [InlineData("The mayor mocked Tom Reyes, whom she dubbed “the harbour clerk” at the rally.", QuoteKind.Partial)]
    [InlineData("The fight is what one councillor has termed “the dock war” since May.", QuoteKind.Partial)]
    [InlineData("The levy was dubbed the “ferry tax” in the papers.", QuoteKind.ScareQuote)]
    [InlineData("The mayor spoke on Harbour FM’s “Mornings with Ana Ruiz,” on Monday, and took calls.", QuoteKind.ScareQuote)]
    [InlineData("The actor once starred in the cable movie “Ferry 3: Oh No, Not Again!” and did well.", QuoteKind.ScareQuote)]
    [InlineData("The crowd answered the mayor with chants of “I’m with her” until the end.", QuoteKind.Partial)]
    [InlineData("The audit found what Kane described as a “total disgrace” in the books.", QuoteKind.Partial)]
    [InlineData("Ruth Kane talked up her “harbour plan,” promising more docks.", QuoteKind.Partial)]
    [InlineData("The two bids ended in a “virtual tie” on the day.", QuoteKind.ScareQuote)]
    [InlineData("The plan was what he described as the “only way” to save the docks.", QuoteKind.Partial)]
    [InlineData("Ruth Kane has used the phrase “harbour first” often, and criticized the council for not doing so.", QuoteKind.Partial)]
    [InlineData("The mayor refused to say the words “budget crisis” at the meeting.", QuoteKind.Partial)]
    [InlineData("She praised the firm because, in her words, “it knows how to build docks.”", QuoteKind.Partial)]
    [InlineData("The mayor mocked the firm's slogan. “But the harbour was never broken,” she said.", QuoteKind.Speech)]
    public void Kinds(string paragraph, QuoteKind kind)
    {
        var article = Read.Article(paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(kind, quote.Kind);
    }

    [Fact]
    public void A_drama_named_after_a_comma_is_a_title_even_in_a_speakers_appositive()
    {
        var article = Read.Article("“I love the harbour,” said Ana Ruiz, who also stars in the police drama, “Low Tide on the Island,” which returns in May.");
        Assert.Equal(new[] { QuoteKind.Speech, QuoteKind.ScareQuote }, article.Quotes.Select(q => q.Kind));
    }

    [Fact]
    public void A_spot_named_after_a_comma_is_a_title_even_in_a_speakers_appositive()
    {
        var article = Read.Article("“We need more ferries,” said Ana Ruiz, whose new spot, “Ferrycare Now,” runs on local TV all week.");
        Assert.Equal(new[] { QuoteKind.Speech, QuoteKind.ScareQuote }, article.Quotes.Select(q => q.Kind));
    }

    [Fact]
    public void A_show_named_at_the_end_of_a_sentence_is_a_title_despite_its_full_stop()
    {
        var article = Read.Article("“We will build it,” the mayor said on KBT’s “Morning Harbour.”");
        Assert.Equal(QuoteKind.Speech, article.Quotes[0].Kind);
        Assert.Equal(QuoteKind.ScareQuote, article.Quotes[1].Kind);
    }

    [Theory]
    [InlineData("“Containment” has been the council's policy since May.", QuoteKind.ScareQuote)]
    [InlineData("“Harbour First” placed two signs on the quay.", QuoteKind.ScareQuote)]
    [InlineData("“The Long Tide of Dover” was nominated for a prize.", QuoteKind.ScareQuote)]
    [InlineData("“Never,” she added.", QuoteKind.Speech)]
    [InlineData("“Never!” shouted the crowd.", QuoteKind.Speech)]
    [InlineData("“Never” she added after a pause.", QuoteKind.Speech)]
    public void A_word_or_two_or_a_title_opening_a_sentence_that_goes_on_is_a_term_even_after_someones_words(string sentence, QuoteKind kind)
    {
        var article = Read.Article("“We will not sell the docks,” the mayor said. " + sentence);
        Assert.Equal(QuoteKind.Speech, article.Quotes[0].Kind);
        Assert.Equal(kind, article.Quotes[1].Kind);
    }

    [Fact]
    public void Scare_quotes_are_never_unattributed()
    {
        var article = Read.Article("The firm praised its so-called “green bonds” all year.");
        Assert.Null(article.Quotes[0].Speaker);
        Assert.Empty(article.Findings);
    }

    [Fact]
    public void A_nickname_between_a_first_name_and_a_surname_is_no_quotation_and_ends_no_name()
    {
        var article = Read.Article("“The harbour is ours!” state Sen. Marcia “Cia” Fenn (D-Newport News) shouted to the crowd.");
        Assert.Equal(QuoteKind.ScareQuote, article.Quotes[1].Kind);
        Assert.Null(article.Quotes[1].Speaker);
        Assert.Equal("shouted", article.CueText(article.Quotes[0]));
        Assert.Equal("Marcia Fenn", article.SpeakerEntity(article.Quotes[0]));
    }

    [Fact]
    public void Titles_in_a_list_are_scare_quotes()
    {
        var article = Read.Article(
            "“We will rebuild the pier,” Okafor said.",
            "Mayor Ruth Kane, who has gained ground in Dover, named “Harbour Lights,” “Tales of the Tide,” “Low Water” and “Gulls” as her favourite shows.");
        Assert.All(article.Quotes.Skip(1), q => Assert.Equal(QuoteKind.ScareQuote, q.Kind));
    }

    [Theory]
    [InlineData("Marcia “Cia” Fenn", "Marcia Fenn")]
    [InlineData("Robert ''Bobby'' Kane", "Robert Kane")]
    [InlineData("Robert \"Bobby\" Kane", "Robert Kane")]
    [InlineData("Conan O'Brien", "Conan O'Brien")]
    [InlineData("Ruth Kane", "Ruth Kane")]
    public void A_name_is_shown_without_its_nickname(string name, string shown) =>
        Assert.Equal(shown, CorpusGen.Core.Text.Nickname.Without(name));
}
