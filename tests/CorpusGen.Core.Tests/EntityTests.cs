using System.Linq;
using Xunit;

namespace CorpusGen.Core.Tests;

public class EntityTests
{
    [Fact]
    public void Entities_come_in_the_order_of_their_first_mention_with_mentions_and_aliases_in_order()
    {
        var article = Read.Article(
            "The Harbour Workers Federation (HWF) met in Lisbon on Monday.",
            "“We won,” said Maria Lopez, the HWF’s leader. Lopez thanked Portugal and the HWF.",
            "“It is a fair deal,” said a spokesman for the Port of Lisbon.");
        var firsts = article.Entities.Select(e => e.Mentions[0].Start).ToList();
        Assert.Equal(firsts.OrderBy(f => f), firsts);
        Assert.All(article.Entities, e => Assert.Equal(e.Mentions.OrderBy(m => m.Start), e.Mentions));
        Assert.All(article.Entities, e => Assert.Equal(e.Aliases.OrderBy(a => a, System.StringComparer.Ordinal), e.Aliases));
        Assert.Equal(new[] { "Harbour Workers Federation", "Lisbon", "Maria Lopez", "Portugal" }, article.Entities.Select(e => e.Name).Take(4));
        Assert.Equal(2, article.Entity("Maria Lopez").Mentions.Count);
    }

    [Fact]
    public void An_acronym_definition_makes_one_organisation_with_both_names()
    {
        var article = Read.Article("The Harbour Workers Federation (HWF) met today. The HWF wants higher pay.");
        var union = article.Entities.Single(e => e.Acronym == "HWF");
        Assert.Equal(EntityKind.Organization, union.Kind);
        Assert.Equal("Harbour Workers Federation", union.Name);
        Assert.Equal(3, union.Mentions.Count);
    }

    [Theory]
    [InlineData("Billionaire Maria Lopez praised the plan on Monday.", "Maria Lopez")]
    [InlineData("Comedian Maria Lopez praised the plan on Monday.", "Maria Lopez")]
    [InlineData("Texas-based Maria Lopez praised the plan on Monday.", "Maria Lopez")]
    public void A_describing_word_before_a_name_is_not_part_of_it(string paragraph, string person)
    {
        var article = Read.Article(paragraph);
        var entity = Assert.Single(article.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(person, entity.Name);
    }

    [Fact]
    public void A_given_name_unknown_to_the_reader_is_not_dropped_as_a_descriptor()
    {
        var article = Read.Article("Giovanni Maria Vian praised the plan on Monday.");
        Assert.DoesNotContain(article.Entities, e => e.Name == "Maria Vian");
    }

    [Theory]
    [InlineData("Senate Minority Whip Dan Ortiz (D-Ore.) praised the plan.", "Dan Ortiz", "Whip")]
    [InlineData("Congresswoman Ellen Marsh praised the plan.", "Ellen Marsh", "Congresswoman")]
    [InlineData("Archbishop Aris Shirvanian of the Armenian Patriarchate praised the plan.", "Aris Shirvanian", "Archbishop")]
    public void A_title_before_a_name_is_its_title(string paragraph, string person, string title)
    {
        var article = Read.Article(paragraph);
        var entity = Assert.Single(article.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(person, entity.Name);
        Assert.Contains(title, entity.Title);
    }

    [Fact]
    public void A_first_name_before_a_places_name_makes_a_person_who_keeps_the_surname()
    {
        var article = Read.Article("Investor Mark Cuban spoke first. “Why not?” Cuban said. Trade talks in Cuba resumed.");
        var cuban = Assert.Single(article.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Mark Cuban", cuban.Name);
        Assert.Equal("Mark Cuban", article.SpeakerEntity(Assert.Single(article.Quotes)));
        Assert.Single(article.Entity("Cuba").Mentions);
    }

    [Theory]
    [InlineData("The offices close on Martin Luther King Day this year.", "Martin Luther King Day")]
    [InlineData("The Maria Lopez Writing Awards went to three poets.", "Maria Lopez Writing Awards")]
    [InlineData("Tickets: Maria Lopez South Carolina. Sold out.", "Maria Lopez South Carolina")]
    public void A_name_that_runs_into_a_days_or_places_name_is_no_person(string paragraph, string notAPerson)
    {
        var article = Read.Article(paragraph);
        Assert.DoesNotContain(article.Entities, e => e.Kind == EntityKind.Person && e.Name.StartsWith(notAPerson, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_name_and_a_surname_named_day_are_a_person()
    {
        var article = Read.Article("Reporter Chad Day wrote the story.");
        Assert.Equal("Chad Day", Assert.Single(article.Entities, e => e.Kind == EntityKind.Person).Name);
    }

    [Fact]
    public void A_political_action_committee_named_after_a_person_is_an_organisation()
    {
        var article = Read.Article("The Maria Lopez PAC spent heavily in the spring.");
        Assert.Equal(EntityKind.Organization, article.Entity("Maria Lopez PAC").Kind);
    }

    [Fact]
    public void A_months_name_after_a_first_name_is_a_surname()
    {
        var article = Read.Article("Prime Minister Theresa May met the union in May. “We will talk again,” May said.");
        var may = Assert.Single(article.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Theresa May", may.Name);
        Assert.Equal(2, may.Mentions.Count); // "in May" is the month
        Assert.Equal("Theresa May", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_possessive_acronym_definition_resolves_to_the_known_place()
    {
        var article = Read.Article("The People’s Republic of China’s (PRC) exports grew. The PRC said so.");
        var china = article.Entity("China");
        Assert.Equal(EntityKind.Place, china.Kind);
        Assert.Contains("PRC", china.Aliases);
    }

    [Fact]
    public void Known_organisations_get_their_full_name_and_acronym()
    {
        var article = Read.Article("NATO and the EU met in Brussels.");
        Assert.Equal("NATO", article.Entity("North Atlantic Treaty Organization").Acronym);
        Assert.Equal("EU", article.Entity("European Union").Acronym);
        Assert.Equal(EntityKind.Place, article.Entity("Brussels").Kind);
    }

    [Fact]
    public void Countries_capitals_regions_and_demonyms_are_places()
    {
        var article = Read.Article("French and German ministers flew from Paris to South Korea and then to Latin America.");
        Assert.Equal(2, article.Entities.Count(e => e.Name is "France" or "Germany"));
        Assert.Contains(article.Entities, e => e.Name == "South Korea");
        Assert.Contains(article.Entities, e => e.Name == "Latin America");
    }

    [Fact]
    public void A_hyphenated_compound_mentions_the_place_before_the_hyphen()
    {
        var article = Read.Article("The US-led coalition met.");
        Assert.Equal("United States", Assert.Single(article.Entities).Name);
    }

    [Fact]
    public void People_are_found_by_title_or_first_name_and_later_surnames_merge()
    {
        var article = Read.Article("Governor Ana Whitfield met Thomas Okafor on Monday. Later Whitfield left and Okafor stayed.");
        var whitfield = article.Entity("Ana Whitfield");
        Assert.Equal("Governor", whitfield.Title);
        Assert.Equal(2, whitfield.Mentions.Count);
        Assert.Equal(2, article.Entity("Thomas Okafor").Mentions.Count);
    }

    [Theory]
    [InlineData("Harbour Board Majority Leader Ana Whitfield said the vote would wait.", "Ana Whitfield", "Leader")]
    [InlineData("Port Circuit Court Judge Thomas B. Okafor said the case was closed.", "Thomas B. Okafor", "Judge")]
    public void A_title_after_words_that_are_no_title_still_opens_the_name(string paragraph, string name, string title)
    {
        var person = Assert.Single(Read.Article(paragraph).Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(title, person.Title);
    }

    [Theory]
    [InlineData("Tavish Quorne said the harbour would open. Later Quorne left.", "Tavish Quorne")]
    [InlineData("“The harbour will open,” said Tavish Quorne. Later Quorne left.", "Tavish Quorne")]
    [InlineData("The pollster Tavish Quorne ran the numbers. Later Quorne left.", "Tavish Quorne")]
    [InlineData("Tavish Quorne, 44, ran the numbers. Later Quorne left.", "Tavish Quorne")]
    [InlineData("Tavish Quorne, who ran the numbers, stayed. Later Quorne left.", "Tavish Quorne")]
    [InlineData("Tavish Quorne, a former harbour spokesman, ran the numbers. Later Quorne left.", "Tavish Quorne")]
    [InlineData("Pastor Tavish Quorne ran the numbers. Later Quorne left.", "Tavish Quorne")]
    [InlineData("His top aide, Tavish Quorne, ran the numbers. Later Quorne left.", "Tavish Quorne")]
    [InlineData("Tavish Quorne III, founder of the harbour board, ran the numbers. Later Quorne left.", "Tavish Quorne III")]
    public void A_name_where_only_a_person_stands_is_a_person_whatever_its_first_name(string paragraph, string name)
    {
        var person = Assert.Single(Read.Article(paragraph).Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Theory]
    [InlineData("The Harbour Caller reported that the port would open.")]
    [InlineData("Quorne Politics reported that the port would open.")]
    [InlineData("Chief of Staff Tavish Quorne said the port would open.")]
    [InlineData("Tavish Quorne told the council the port would open.")]
    [InlineData("Said Tavish Quorne, who grew up there, “The port will open.”")]
    [InlineData("Quorne Colleges, a chain with a founder in jail, closed.")]
    [InlineData("Quorne Island, where a harbour worker lives, flooded.")]
    public void An_outlet_or_a_name_with_a_title_left_behind_is_not_a_person_by_its_verb_alone(string paragraph) =>
        Assert.DoesNotContain(Read.Article(paragraph).Entities, e => e.Kind == EntityKind.Person && e.Name != "Tavish Quorne");

    [Fact]
    public void A_name_that_opens_with_a_first_name_keeps_a_title_like_word_inside_it()
    {
        var article = Read.Article("Martin Luther King Jr. spoke in the harbour.");
        Assert.Equal("Martin Luther King Jr", Assert.Single(article.Entities, e => e.Kind == EntityKind.Person).Name);
    }

    [Fact]
    public void An_institution_named_after_a_person_is_an_organisation_and_a_county_is_no_one()
    {
        var article = Read.Article("The Thomas Okafor Foundation gave money to schools in Lee County on Monday.");
        Assert.Equal(EntityKind.Organization, article.Entity("Thomas Okafor Foundation").Kind);
        Assert.DoesNotContain(article.Entities, e => e.Kind == EntityKind.Person);
    }

    [Theory]
    [InlineData("Thomas Okafor spoke first. Later Thomas B. Okafor spoke again.", "Thomas Okafor")]
    [InlineData("Thomas B. Okafor spoke first. Later Thomas Okafor spoke again.", "Thomas B. Okafor")]
    public void A_name_with_and_without_its_middle_is_one_person(string paragraph, string name)
    {
        var article = Read.Article(paragraph);
        var person = Assert.Single(article.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_suffix_is_not_the_surname()
    {
        var article = Read.Article("Thomas Okafor Jr. opened the harbour. Later Okafor left.");
        var person = Assert.Single(article.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Thomas Okafor Jr", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void Two_names_with_different_middles_are_two_people()
    {
        var article = Read.Article("George H.W. Bush and George W. Bush met.");
        Assert.Equal(2, article.Entities.Count(e => e.Kind == EntityKind.Person));
    }

    [Fact]
    public void A_lone_surname_after_a_title_is_a_person()
    {
        var article = Read.Article("President Okafor opened the harbour. Later Dr. Whitfield spoke.");
        Assert.Equal("President", article.Entity("Okafor").Title);
        Assert.Equal(EntityKind.Person, article.Entity("Whitfield").Kind);
    }

    [Fact]
    public void A_titled_surname_with_a_full_name_anywhere_in_the_article_is_that_person()
    {
        var article = Read.Article("President Okafor opened the harbour.", "Thomas Okafor, 61, was elected in May.");
        var person = Assert.Single(article.Entities);
        Assert.Equal("Thomas Okafor", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Theory]
    [InlineData("The Justice Department and Mayor Bill de Blasio met.")]
    [InlineData("General Motors and Gov. C.L. met.")]
    public void A_title_before_an_institution_or_a_name_read_no_further_makes_no_person(string paragraph) =>
        Assert.DoesNotContain(Read.Article(paragraph).Entities, e => e.Kind == EntityKind.Person);

    [Fact]
    public void A_name_spelt_with_a_no_break_space_shows_a_plain_one()
    {
        var article = Read.Article("Thomas\u00a0Okafor met voters.");
        Assert.Equal("Thomas Okafor", Assert.Single(article.Entities).Name);
    }

    [Fact]
    public void Entities_are_in_order_of_first_mention_and_reading_is_deterministic()
    {
        const string text = "Title\n\nJapan and Russia talked. Then Ukraine joined.";
        var first = ArticleReader.Read(text);
        Assert.Equal(new[] { "Japan", "Russia", "Ukraine" }, first.Entities.Select(e => e.Name).ToArray());
        Assert.Equal(first, ArticleReader.Read(text));
    }

    [Fact]
    public void A_question_opening_with_does_names_the_person_after_it()
    {
        var article = Read.Article("Q: Does Ruth Kane? A: She might.");
        Assert.Equal("Ruth Kane", Assert.Single(article.Entities, e => e.Kind == EntityKind.Person).Name);
    }

    [Fact]
    public void A_name_ending_as_an_outlets_or_an_agencys_does_is_an_organisation()
    {
        var article = Read.Article(
            "“The port is safe,” Lakeside Evening News reported.",
            "Ruth Kane told The Ruth Kane Show that the Regional Ports Administration was slow.",
            "The Regional Ports Administration said it was “reviewing the request.”",
            "“We will not wait,” Amy Fenn (D-Newport News) said.");
        Assert.Equal(EntityKind.Organization, article.Entity("Lakeside Evening News").Kind);
        Assert.Equal(EntityKind.Organization, article.Entity("Ruth Kane Show").Kind);
        Assert.Equal(EntityKind.Person, article.Entity("Ruth Kane").Kind);
        Assert.Equal("Regional Ports Administration", article.SpeakerEntity(article.Quotes[1]));
        Assert.Equal(EntityKind.Organization, article.Entity("Regional Ports Administration").Kind);
        Assert.Equal(EntityKind.Person, article.Entity("Amy Fenn").Kind); // the party and state in brackets are no part of the name
    }

    [Fact]
    public void Well_known_news_outlets_are_organisations_and_their_names_hold_no_place()
    {
        var article = Read.Article("“The port is safe,” The Hill reported, as USA Today, Xinhua and the Boston Globe ran the story.");
        Assert.Equal("The Hill", article.SpeakerEntity(Assert.Single(article.Quotes)));
        Assert.Equal(EntityKind.Organization, article.Entity("USA Today").Kind);
        Assert.Equal(EntityKind.Organization, article.Entity("Boston Globe").Kind);
        Assert.Equal(EntityKind.Organization, article.Entity("Xinhua").Kind);
        Assert.DoesNotContain(article.Entities, e => e.Kind == EntityKind.Place);
    }

    [Fact]
    public void Words_before_a_first_name_and_a_surname_describe_the_person_but_initials_and_middle_names_are_the_name()
    {
        var article = Read.Article(
            "“We need answers,” said Lakeside County Recorder Helen Purcell.",
            "Harbour Alderman Jason C. Ervin agreed. Ports Administrator Christine Todd Whitman left.",
            "“The winds are changing,” J. Gerald Hebert, a voting rights lawyer, said.");
        Assert.Equal("Helen Purcell", article.SpeakerEntity(article.Quotes[0]));
        Assert.Equal(EntityKind.Person, article.Entity("Jason C. Ervin").Kind);
        Assert.Equal(EntityKind.Person, article.Entity("J. Gerald Hebert").Kind);
        Assert.Equal(EntityKind.Person, article.Entity("Christine Todd Whitman").Kind);
    }

    [Fact]
    public void A_speaker_no_one_knew_is_a_group_a_thing_or_a_person_as_the_name_says()
    {
        var article = Read.Article(
            "“The files are public,” Harbour Watch said.",
            "“It was close,” Reporter Zorba Kettleby said.",
            "“The earlier story was wrong,” Editor's Note says.",
            "“We will vote,” Another Lakesider said.");
        Assert.Equal(EntityKind.Organization, article.Entity("Harbour Watch").Kind);
        Assert.Equal("Zorba Kettleby", article.SpeakerEntity(article.Quotes[1]));
        Assert.Null(article.SpeakerEntity(article.Quotes[2]));
        Assert.Null(article.SpeakerEntity(article.Quotes[3]));
        Assert.DoesNotContain(article.Entities, e => e.Kind == EntityKind.Person && e.Name != "Zorba Kettleby");
    }

    [Fact]
    public void A_headlines_verb_in_title_case_ends_the_name_before_it()
    {
        var article = Read.Article(
            "Ruth Kane Says Harbour Plan Is Dead",
            "Kane Is Out Of The Race",
            "The late Edward Said wrote about the port, as did George Will.");
        Assert.Contains(article.Entities, e => e.Name == "Ruth Kane");
        Assert.DoesNotContain(article.Entities, e => e.Name.EndsWith(" Says") || e.Name.EndsWith(" Is"));
        Assert.Contains(article.Entities, e => e.Name == "Edward Said" && e.Kind == EntityKind.Person);
        Assert.Contains(article.Entities, e => e.Name == "George Will" && e.Kind == EntityKind.Person);
    }
}
