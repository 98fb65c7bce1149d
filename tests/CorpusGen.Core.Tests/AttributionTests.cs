using System.Linq;
using Xunit;

namespace CorpusGen.Core.Tests;

public class AttributionTests
{
    [Theory]
    [InlineData("“The budget is balanced,” Maria Lopez said.", "Maria Lopez", "said")]
    [InlineData("“The budget is balanced,” said Maria Lopez.", "Maria Lopez", "said")]
    [InlineData("Maria Lopez said: “The budget is balanced.”", "Maria Lopez", "said")]
    [InlineData("Maria Lopez said that “the budget is balanced.”", "Maria Lopez", "said")]
    [InlineData("Maria Lopez told reporters: “The budget is balanced.”", "Maria Lopez", "told")]
    [InlineData("“The budget is balanced,” Maria Lopez reportedly said.", "Maria Lopez", "reportedly said")]
    [InlineData("“The budget is balanced,” Maria Lopez was quoted as saying.", "Maria Lopez", "was quoted as saying")]
    [InlineData("According to Maria Lopez, “the budget is balanced and the debt is falling.”", "Maria Lopez", "According to")]
    public void Cue_templates_find_speaker_and_cue(string paragraph, string speaker, string cue)
    {
        var article = Read.Article(paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, article.SpeakerText(quote));
        Assert.Equal(cue, article.CueText(quote));
    }

    [Fact]
    public void A_split_quote_gives_two_quotes_and_one_speaker()
    {
        var article = Read.Article("“The budget is balanced,” Maria Lopez said. “The debt is falling.”");
        Assert.Equal(2, article.Quotes.Count);
        Assert.All(article.Quotes, q => Assert.Equal("Maria Lopez", article.SpeakerEntity(q)));
        Assert.Null(article.Quotes[1].Cue);
    }

    [Fact]
    public void A_quote_only_paragraph_inherits_the_previous_speaker()
    {
        var article = Read.Article("“The budget is balanced,” Maria Lopez said.", "“We will keep it that way for years.”");
        Assert.Equal("Maria Lopez", article.SpeakerEntity(article.Quotes[1]));
    }

    [Fact]
    public void Speaker_phrase_is_trimmed_to_the_name_with_title_and_affiliation()
    {
        var article = Read.Article("“The talks are over,” NATO’s outgoing Secretary-General Jens Stoltenberg said.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Jens Stoltenberg", article.SpeakerText(quote));
        var person = article.Entity("Jens Stoltenberg");
        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal("Secretary-General", person.Title);
        Assert.Equal("NATO", person.Affiliation);
    }

    [Fact]
    public void He_and_she_resolve_to_the_last_person()
    {
        var article = Read.Article("“The budget is balanced,” Maria Lopez said.", "“The debt is falling too,” she added.");
        Assert.Equal("she", article.SpeakerText(article.Quotes[1]));
        Assert.Equal("Maria Lopez", article.SpeakerEntity(article.Quotes[1]));
        Assert.Equal("added", article.CueText(article.Quotes[1]));
    }

    [Fact]
    public void It_resolves_to_the_last_organisation_or_document_that_spoke()
    {
        var article = Read.Article("“Trade must stay open,” said the final communique.", "“Tariffs hurt everyone,” it said.");
        Assert.Equal("final communique", article.SpeakerEntity(article.Quotes[1]));
        Assert.Equal(EntityKind.Document, article.Entity("final communique").Kind);
    }

    [Fact]
    public void They_resolves_to_the_last_group_that_spoke()
    {
        var article = Read.Article("The European Union leaders urged calm, saying the talks must “continue without delay.”", "“No one gains from a trade war,” they said.");
        Assert.Equal("they", article.SpeakerText(article.Quotes[1]));
        Assert.Equal("European Union", article.SpeakerEntity(article.Quotes[1]));
    }

    [Fact]
    public void A_definite_description_resolves_to_a_compatible_entity_already_named()
    {
        var article = Read.Article("NATO met in Brussels on Monday.", "The members “will not be divided,” the alliance said.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("the alliance", article.SpeakerText(quote));
        Assert.Equal("North Atlantic Treaty Organization", article.SpeakerEntity(quote));
    }

    [Fact]
    public void A_speech_quote_with_no_cue_and_no_one_before_is_unattributed()
    {
        var article = Read.Article("“Nobody knows where the money went, and nobody will say.”");
        var quote = Assert.Single(article.Quotes);
        Assert.Null(quote.Speaker);
        Assert.Contains(FindingKind.UnattributedQuote, article.FindingKinds());
    }
}
