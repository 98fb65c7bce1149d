using System.Linq;
using CorpusGen.Core.Entities;
using Xunit;

namespace CorpusGen.Core.Tests;

/// <summary>Which entity a speaker phrase stands for: pronouns by gender, descriptions by title, places as modifiers.</summary>
public class SpeakerResolutionTests
{
    [Fact]
    public void She_passes_over_the_man_last_credited_to_the_woman_named_before()
    {
        var article = Read.Article(
            "“We will win the vote,” Tom Reed said. Maria Lopez shook her head.",
            "“It is far from done,” she said.");
        Assert.Equal("Tom Reed", article.SpeakerEntity(article.Quotes[0]));
        Assert.Equal("she", article.SpeakerText(article.Quotes[1]));
        Assert.Equal("Maria Lopez", article.SpeakerEntity(article.Quotes[1]));
    }

    [Fact]
    public void He_passes_over_the_woman_last_credited()
    {
        var article = Read.Article(
            "“The budget is balanced,” Maria Lopez said. Tom Reed disagreed.",
            "“The numbers do not add up,” he said.");
        Assert.Equal("Tom Reed", article.SpeakerEntity(article.Quotes[1]));
    }

    [Fact]
    public void What_he_calls_shows_the_name_the_sentence_gave_him()
    {
        var article = Read.Article(
            "“Is the council at war with itself?” asked Mr. Kane, referring to the candidate's unrelenting assault on what he calls the “crooked” nominating process.");
        Assert.Equal("Mr. Kane", article.SpeakerText(article.Quotes[1]));
        Assert.Equal(article.SpeakerEntity(article.Quotes[0]), article.SpeakerEntity(article.Quotes[1]));
    }

    [Theory]
    [InlineData("“The port must stay open,” said a Lisbon Democrat.")]
    [InlineData("“The port must stay open,” said one Portugal Republican.")]
    [InlineData("“The port must stay open,” the Lisbon Daily Courier reported.")]
    public void A_place_that_only_says_where_the_speaker_is_from_is_not_the_speaker(string paragraph)
    {
        var article = Read.Article(paragraph);
        Assert.Null(article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_surname_that_speaks_joins_the_two_words_that_named_it_before()
    {
        var article = Read.Article("Zephyrine Quell, the keeper of the harbour light for forty years, retired in June.", "“It was time,” Quell said.");
        Assert.Equal("Zephyrine Quell", article.SpeakerEntity(Assert.Single(article.Quotes)));
        Assert.Equal(2, article.Entity("Zephyrine Quell").Mentions.Count);
    }

    [Theory]
    [InlineData("Zephyrine Quell")]
    [InlineData("Zephyrine T. Quell")]
    public void A_surname_that_speaks_finds_its_full_name_after_many_others_have_asked(string name)
    {
        // Past a budget of searching, full names are gathered once and looked up: the answer is the same.
        var paragraphs = new System.Collections.Generic.List<string> { $"{name}, the keeper of the harbour light, retired in June." };
        for (int i = 0; i < 200; i++) paragraphs.Add($"“We agree,” K{(char)('a' + i % 26)}{(char)('a' + i / 26)} said.");
        paragraphs.Add("“It was time,” Quell said.");
        var article = Read.Article(paragraphs.ToArray());
        Assert.Equal(name, article.SpeakerEntity(article.Quotes[^1]));
    }

    [Fact]
    public void A_surname_that_speaks_is_the_person_named_in_full_before()
    {
        var article = Read.Article("Thanks to the show, Zebulon Arto Quell can add a title to his name: “harbour poet.”", "“It was time,” Quell said later.");
        Assert.Equal("Zebulon Arto Quell", article.SpeakerEntity(article.Quotes[1]));
    }

    [Fact]
    public void A_headlines_capitalised_verb_is_no_forename()
    {
        var article = ArticleReader.Read("Harbour Fires Quell\n\n“It was time,” Quell said.");
        Assert.NotEqual("Fires Quell", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_headline_in_capitals_is_no_speaker_named()
    {
        var article = Read.Article("MAYOR LOPEZ RESIGNS “I am done,” the note read.");
        Assert.DoesNotContain(article.Entities, e => e.Kind == EntityKind.Person && e.Name.Contains("RESIGNS"));
    }

    [Fact]
    public void A_name_built_on_a_places_name_is_an_organisation()
    {
        var article = Read.Article("Lisbon Harbour Radio said the port “must stay open.”");
        Assert.Equal("Lisbon Harbour Radio", article.SpeakerEntity(Assert.Single(article.Quotes)));
        Assert.Equal(EntityKind.Organization, article.Entity("Lisbon Harbour Radio").Kind);
    }

    [Fact]
    public void A_pronoun_in_a_later_sentence_stays_the_mention()
    {
        var article = Read.Article("Maria Lopez spoke last. The crowd heard what she called the “reckless plan” of the council.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("she", article.SpeakerText(quote));
        Assert.Equal("Maria Lopez", article.SpeakerEntity(quote));
    }

    [Fact]
    public void A_pronoun_with_no_one_of_its_gender_named_has_no_entity_rather_than_the_wrong_one()
    {
        var article = Read.Article("“The budget is balanced,” Maria Lopez said.", "“The numbers do not add up,” he said.");
        Assert.Equal("he", article.SpeakerText(article.Quotes[1]));
        Assert.Null(article.SpeakerEntity(article.Quotes[1]));
    }

    [Theory]
    [InlineData("Hillary Clinton", null, Gender.Female)]
    [InlineData("Donald Trump", null, Gender.Male)]
    [InlineData("Kelly Ayotte", null, Gender.Unknown)]
    [InlineData("Pat Ruiz", "Congresswoman", Gender.Female)]
    [InlineData("Olu Adeyemi", "Mr", Gender.Male)]
    [InlineData("Olu Adeyemi", null, Gender.Unknown)]
    public void Gender_comes_from_a_title_or_a_known_first_name(string name, string? title, Gender gender) =>
        Assert.Equal(gender, Lexicon.GenderOf(name, title));

    [Theory]
    [InlineData("Sen", "senator")]
    [InlineData("Senator", "senator")]
    [InlineData("Former Rep", "representative")]
    [InlineData("congresswoman", "representative")]
    [InlineData("Prime Minister", "minister")]
    [InlineData("Director", null)]
    [InlineData(null, null)]
    public void A_title_or_a_noun_names_one_office_however_abbreviated(string? title, string? role) =>
        Assert.Equal(role, Lexicon.Role(title));

    [Fact]
    public void The_senator_is_the_last_person_named_with_a_senators_title()
    {
        var article = Read.Article(
            "Sen. Ana Ruiz of Ohio met Gov. Tom Reed on Monday.",
            "The talks went well, the Ohio senator said, calling them “a fresh start for the state.”");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("the Ohio senator", article.SpeakerText(quote));
        Assert.Equal("Ana Ruiz", article.SpeakerEntity(quote));
    }

    [Fact]
    public void A_place_before_a_persons_noun_is_where_they_are_from_not_the_speaker()
    {
        var article = Read.Article("The plan, a Texas official said, is “dead on arrival.”");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("a Texas official", article.SpeakerText(quote));
        Assert.Null(article.SpeakerEntity(quote));
    }

    [Fact]
    public void Whoever_speaks_for_a_person_is_not_that_person_but_a_campaign_speaks_for_its_candidate()
    {
        var article = Read.Article(
            "Mayor Ruth Kane lost the case.",
            "“We will appeal,” Kane's attorney, Tom Reyes, said.",
            "“The ruling was fair,” said a Kane aide.",
            "“We expected it,” the Kane campaign said.",
            "“It is over,” a Kane supporter said.");
        Assert.Equal("Tom Reyes", article.SpeakerEntity(article.Quotes[0]));
        Assert.Equal("a Kane aide", article.SpeakerText(article.Quotes[1]));
        Assert.Null(article.SpeakerEntity(article.Quotes[1]));
        Assert.Equal("the Kane campaign", article.SpeakerText(article.Quotes[2]));
        Assert.Equal("Ruth Kane", article.SpeakerEntity(article.Quotes[2]));
        Assert.Null(article.SpeakerEntity(article.Quotes[3]));
    }

    [Fact]
    public void An_honorific_says_which_person_a_shared_surname_names()
    {
        var article = Read.Article("Bill Kane and Ruth Kane arrived together. “We are ready,” Mrs. Kane said.");
        Assert.Equal("Ruth Kane", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void An_honorific_and_a_surname_take_the_full_name_the_body_gave_before()
    {
        var article = Read.Article(
            "The report was written by Zorba Quill for the port.",
            "“Rates will rise,” Mr. Quill said.");
        Assert.Equal("Zorba Quill", article.SpeakerEntity(Assert.Single(article.Quotes)));
        Assert.Equal("Mr. Quill", article.SpeakerText(article.Quotes[0]));
        Assert.Equal(new[] { "Quill" }, article.Entity("Zorba Quill").Aliases);
    }

    [Fact]
    public void A_full_name_found_for_a_surname_may_have_a_middle_initial()
    {
        var article = Read.Article(
            "The fund is run by Zorba A. Quill for the port.",
            "“We are patient,” Mr. Quill said. “Rates will rise,” Quill added.");
        Assert.Equal("Zorba A. Quill", article.SpeakerEntity(article.Quotes[0]));
        Assert.Equal("Zorba A. Quill", article.SpeakerEntity(article.Quotes[1]));
    }

    [Fact]
    public void A_lone_word_that_opens_a_known_persons_name_is_that_person()
    {
        var article = Read.Article("President Xi Jinping arrived in Lisbon.", "“We come as friends,” Xi said.");
        Assert.Equal("Xi Jinping", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_first_name_alone_that_speaks_is_a_person_and_later_pronouns_are_theirs()
    {
        var article = Read.Article(
            "The base chief, known only as Bob, spoke for the first time. “There was never an order to wait,” Bob said.",
            "“I remember every second of it,” he said.");
        Assert.Equal("Bob", article.SpeakerEntity(article.Quotes[0]));
        Assert.Equal(EntityKind.Person, article.Entity("Bob").Kind);
        Assert.Equal("Bob", article.SpeakerEntity(article.Quotes[1]));
    }

    [Fact]
    public void A_surname_alone_that_says_something_inside_a_sentence_is_a_person()
    {
        var article = Read.Article("“The harbour was full the day before the storm,” Sheppard said.", "“I remember every boat,” she said.");
        Assert.Equal("Sheppard", article.SpeakerEntity(article.Quotes[0]));
        Assert.Equal(EntityKind.Person, article.Entity("Sheppard").Kind);
        Assert.Equal("Sheppard", article.SpeakerEntity(article.Quotes[1]));
    }

    [Theory]
    [InlineData("Friends said the harbour was “never the same again.”")]
    [InlineData("“The harbour was never the same again,” Variety reported.")]
    [InlineData("The good news came late. “The harbour was never the same again,” Good said.")]
    [InlineData("“The harbour was never the same again,” Aides said.")]
    public void A_capitalised_word_opening_a_sentence_written_in_small_letters_or_reporting_is_no_new_person(string paragraph)
    {
        var article = Read.Article(paragraph);
        Assert.Null(article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_name_no_list_knows_before_of_and_a_body_is_a_person_with_that_affiliation()
    {
        var article = Read.Article("“Freight rates will double by spring,” said Oskar Vantrell of the Baltic Shipping Exchange.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Oskar Vantrell", article.SpeakerText(quote));
        var person = article.Entity("Oskar Vantrell");
        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal("Baltic Shipping Exchange", person.Affiliation);
    }

    [Fact]
    public void A_name_no_list_knows_after_a_role_in_small_letters_is_a_person()
    {
        var article = Read.Article("“Nobody rehearsed that ending,” band member Quill recalled after the show.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Quill", article.SpeakerText(quote));
        Assert.Equal(EntityKind.Person, article.Entity("Quill").Kind);
    }

    [Fact]
    public void Capitalised_words_the_article_also_writes_in_small_letters_before_of_name_no_one()
    {
        var article = Read.Article(
            "The agency funds research in technology and science.",
            "“The sensors work,” said Technology Directorate of the Homeland Office.");
        Assert.Null(article.SpeakerEntity(Assert.Single(article.Quotes)));
    }
    [Fact]
    public void Words_in_small_letters_are_known_alike_after_many_questions()
    {
        // Each lone surname asks whether it is written in small letters; past a few such questions the
        // reader gathers the article's small-letter words instead of looking through them again.
        var surnames = new[] { "Abery", "Bradwell", "Corrin", "Dunmore", "Elsdon", "Farrant", "Gillow", "Hebden", "Ibbot", "Jessop",
            "Kettering", "Lomax", "Marden", "Norland", "Oxley", "Pellow", "Quarles", "Rowntree", "Selden", "Tilney" };
        var paragraphs = surnames.Select(s => $"“The harbour was full the day before the storm,” {s} said.").ToList();
        paragraphs.Add("The good news came late. “The harbour was never the same again,” Good said.");
        var article = Read.Article(paragraphs.ToArray());
        Assert.All(surnames, s => Assert.Equal(EntityKind.Person, article.Entity(s).Kind));
        Assert.Null(article.SpeakerEntity(article.Quotes[article.Quotes.Count - 1]));
    }
}
