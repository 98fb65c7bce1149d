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
    [InlineData("A State Department official said, “The budget is balanced.”", "A State Department official", "said")]
    [InlineData("“The budget is balanced,” the official said.", "the official", "said")]
    [InlineData("“What if the senator had elocution lessons?” the 43-year-old asked in the video.", "the 43-year-old", "asked")]
    [InlineData("The museum opened. Said Maria Lopez, who grew up nearby, “We were all so proud of him.”", "Maria Lopez", "Said")]
    [InlineData("Sen. Maria Lopez (D-N.Y.) said: “The budget is balanced.”", "Maria Lopez", "said")]
    [InlineData("Maria Lopez was quick to add: “The budget is balanced.”", "Maria Lopez", "quick to add")]
    [InlineData("“Will it last?” Maria Lopez told Harbour Radio on Monday.", "Maria Lopez", "told")]
    [InlineData("“Why are you still backing him?” Maria Lopez asked Harbour Council members.", "Maria Lopez", "asked")]
    [InlineData("After the vote ended the mayor said, “The budget is balanced.”", "the mayor", "said")]
    [InlineData("Sen. Maria Lopez (D-N.Y.), said after a lunch that she had not read it, but called it a “starting point for the talks.”", "Maria Lopez", "called")]
    [InlineData("“The budget can be balanced, but it seems unlikely” that Ana Ruiz can win the seat, said Maria Lopez, a former treasurer.", "Maria Lopez", "said")]
    [InlineData("Add a storm to a “harbour already at its limit” and the fishermen get nervous, said Maria Lopez.", "Maria Lopez", "said")]
    [InlineData("“The budget is balanced,” Maria Lopez, the treasurer, said Tuesday.", "Maria Lopez", "said")]
    [InlineData("“Our ideas of success are different,” agrees Maria Lopez, 30, of Dover.", "Maria Lopez", "agrees")]
    [InlineData("“This is fantastic!” beamed Maria Lopez of Dover, who came early.", "Maria Lopez", "beamed")]
    [InlineData("Sen. Maria Lopez scolded him: “The council is almost united against you on this.”", "Maria Lopez", "scolded")]
    [InlineData("After his rally in San Jose, California the GOP candidate went further and portrayed the crowd as “thugs and worse.”", "the GOP candidate", "portrayed")]
    [InlineData("On his website, Maria Lopez promises to “end” the harbour tax.", "Maria Lopez", "promises")]
    [InlineData("Maria Lopez fired back in March, attacking the council for “the greed and the showing off.”", "Maria Lopez", "fired back")]
    [InlineData("The harbour poll also finds that “most voters are tired of the fight.”", "The harbour poll", "finds")]
    [InlineData("His office put out a statement saying the port “cannot check every ship that comes in.”", "His office", "saying")]
    [InlineData("When Ruiz noted that the mayor has occasionally not paid anything in taxes \u2015 as was true for the few years his returns were made public \u2015 Lopez boasted, “That makes me smart.”", "Lopez", "boasted")]
    [InlineData("While Quarles proclaims the plan a “terrific piece of work,” the council is not so sure.", "Quarles", "proclaims")]
    [InlineData("“The harbour will always be the harbour,” an angry Maria Lopez retaliated.", "Maria Lopez", "retaliated")]
    [InlineData("Maria Lopez, the club president, suggested that the troubles of her rivals could be blamed on poor management and on ''the business of selling houses.''", "Maria Lopez", "suggested")]
    public void Cue_templates_find_speaker_and_cue(string paragraph, string speaker, string cue)
    {
        var article = Read.Article(paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, article.SpeakerText(quote));
        Assert.Equal(cue, article.CueText(quote));
    }

    [Fact]
    public void A_heading_in_capitals_before_a_dash_and_a_name_is_not_the_speaker()
    {
        var article = Read.Article("HIGHER THAN EXPECTED TURNOUT IN THE HARBOUR DOESN’T RAISE HOPES IN OTHER TOWNS - Maria P. Lopez:  “Turnout rose in every ward of the town this year.”");
        Assert.Equal("Maria P. Lopez", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_name_between_a_dash_and_a_colon_introduces_the_quote()
    {
        var article = Read.Article("Pollsters agree with the council - Maria Lopez: “Turnout rose in every ward of the town this year.”");
        Assert.Equal("Maria Lopez", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_denied_cue_hands_the_next_quote_to_no_one_new()
    {
        var article = Read.Article("“We have had problems in the past,” Maria Lopez said after meeting the council. Ana Ruiz didn't suggest a vote. “Our goal is to start with some rules.”");
        Assert.Equal(new[] { "Maria Lopez", "Maria Lopez" }, article.Quotes.Select(q => article.SpeakerEntity(q)).ToArray());
    }

    [Fact]
    public void A_second_cue_joined_by_and_shares_the_first_ones_subject()
    {
        var article = Read.Article("The worry grew on Wednesday when Speaker Maria Lopez of Dover lamented the “disheartened” mood of the council and criticized the “identity politics” on display.");
        Assert.Equal(new[] { "Maria Lopez", "Maria Lopez" }, article.Quotes.Select(q => article.SpeakerText(q)).ToArray());
    }

    [Fact]
    public void Lower_case_words_before_a_title_and_a_name_open_the_subject()
    {
        var article = Read.Article("At a lunch in Dover after the loss, party Chairman Tavish Quorne scolded the mayor for suggesting that the workers should “self-deport.”");
        Assert.Equal("Tavish Quorne", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_cue_in_a_clause_of_contrast_after_the_quote_does_not_take_it_from_the_cue_before()
    {
        var article = Read.Article("Only half of the voters agreed that the mayor is “fit enough to serve,” while most of the rest said the same of Maria Lopez.");
        Assert.Equal("Only half of the voters", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_pronoun_after_the_quote_that_cannot_be_the_named_reporter_stays_the_speaker()
    {
        var article = Read.Article("When Maria Lopez held up her sign, Mr. Thomas Okafor ripped it away, calling her ''leftist scum,'' she said in an interview.");
        Assert.Equal("she", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("As the columnist Maria Lopez had written years earlier, ''We could not have a harbour without him.''", "Maria Lopez")]
    [InlineData("Right after the storm, Maria Lopez issued a statement, “Last night our town was hit hard. We will rebuild.”", "Maria Lopez")]
    public void Written_words_and_statements_have_their_author(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(speaker, article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_first_person_subject_is_the_speaker()
    {
        var article = Read.Article("Once in my early twenties, when the mayor spoke of the harbour, I laughed and said, “I do not believe a word of it.”");
        Assert.Equal("I", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_sentence_opening_with_First_is_not_named_First()
    {
        var article = Read.Article("First there was the council’s deputy leader Ana Ruiz, who, after trading insults with the mayor, said on the radio that “the budget is not balanced at all.”");
        Assert.NotEqual("First", article.SpeakerText(Assert.Single(article.Quotes)));
        Assert.DoesNotContain(article.Entities, e => e.Name == "First");
    }

    [Theory]
    [InlineData("The mayor doesn’t hesitate to say that “the budget is balanced.”")]
    [InlineData("The mayor doesn't hesitate to say that “the budget is balanced.”")]
    public void A_negated_auxiliary_is_not_part_of_the_speaker(string paragraph)
    {
        var article = Read.Article(paragraph);
        Assert.Equal("The mayor", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("“The market has not failed the working class,” he mocks.", "he", "mocks")]
    [InlineData("He jokes, “It is a never ending line of voters!”", "He", "jokes")]
    [InlineData("“We will win this state,” Maria Lopez predicts.", "Maria Lopez", "predicts")]
    [InlineData("“It was never about the money,” she laughs.", "she", "laughs")]
    [InlineData("“Keep the carbon tax at the current level,” the council recommended.", "the council", "recommended")]
    [InlineData("Maria Lopez cracked, “I am a progressive who likes to get things done.”", "Maria Lopez", "cracked")]
    [InlineData("“She took it upon herself to prove them wrong,” remembered Maria Lopez.", "Maria Lopez", "remembered")]
    [InlineData("“Is anyone profiling here?” reacted Maria Lopez.", "Maria Lopez", "reacted")]
    [InlineData("As Maria Lopez puts it, “The senators are unmoved and the activists uninspired.”", "Maria Lopez", "puts it")]
    [InlineData("As The Post’s columnist puts it, “The senators are unmoved and the activists uninspired.”", "The Post’s columnist", "puts it")]
    public void Cues_in_the_present_tense_credit_their_subject(string paragraph, string speaker, string cue)
    {
        var article = Read.Article("Maria Lopez spoke in Ohio.", paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, article.SpeakerText(quote));
        Assert.Equal(cue, article.CueText(quote));
    }

    [Fact]
    public void A_present_tense_cue_word_after_a_determiner_is_a_noun()
    {
        var article = Read.Article("His jokes were “a little too long for the room,” the critic said.");
        Assert.Equal("said", article.CueText(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("Maria Lopez gave an official reply: “The budget is balanced.”")]
    [InlineData("“The budget is balanced,” a public report said, citing the first reports.")]
    [InlineData("Calls men derogatory names, like “pigs and slobs and worse,” at every rally.")]
    [InlineData("Maria Lopez is promising “jobs, jobs, jobs,” but she has also stepped up the personal attacks on her rival.")]
    public void A_cue_word_used_as_a_noun_or_heading_a_fragment_is_no_cue(string paragraph)
    {
        var article = Read.Article(paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.NotEqual("reply", article.CueText(quote));
        Assert.NotEqual("reports", article.CueText(quote));
        Assert.NotEqual("Calls", article.CueText(quote));
        Assert.NotEqual("attacks", article.CueText(quote));
    }

    [Theory]
    [InlineData("Senator Maria Lopez, who called the plan “a total disaster for the country,” left early.", "called")]
    [InlineData("Contrast that with Maria Lopez, who says the plan is “a total disaster for the country.”", "says")]
    [InlineData("Front-runner Maria Lopez - who previously said she would “cut the budget in half” - spoke on Saturday.", "previously said")]
    public void A_relative_pronoun_that_does_the_saying_is_the_mention_and_its_antecedent_the_speaker(string paragraph, string cue)
    {
        // As a pronoun subject is ("she called it"), the relative pronoun is the subject of the cue.
        var article = Read.Article(paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("who", article.SpeakerText(quote));
        Assert.Equal("Maria Lopez", article.SpeakerEntity(quote));
        Assert.Equal(cue, article.CueText(quote));
    }

    [Theory]
    [InlineData("- Maria Lopez.")]
    [InlineData("— Maria Lopez")]
    [InlineData("– Sen. Maria Lopez.")]
    [InlineData("-Maria Lopez, Philadelphia.")]
    [InlineData("-Senator Maria Lopez, speaking after the vote.")]
    public void A_paragraph_of_a_dash_and_a_name_signs_the_quotation_before_it(string signature)
    {
        var article = Read.Article("The senator spoke at length.", "\"Almost all new income and wealth is going to the top 1 percent.\"", signature, "The figure is out of date.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(QuoteKind.Speech, quote.Kind);
        Assert.Equal("Maria Lopez", article.SpeakerEntity(quote));
    }

    [Fact]
    public void A_dash_paragraph_that_is_not_a_name_signs_nothing()
    {
        // (The paragraph before says only that the senator arrived: "spoke" would credit the quotation to her.)
        var article = Read.Article("The senator arrived late.", "\"Almost all new income and wealth is going to the top 1 percent.\"", "- and then the room went quiet.");
        Assert.Null(article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("WASHINGTON -- President Maria Lopez, opening the museum on Saturday, said it would tell a story of “suffering and delight and of hope.”")]
    [InlineData("KYIV, Ukraine (AP) — President Maria Lopez, opening the museum on Saturday, said it would tell a story of “suffering and delight and of hope.”")]
    public void The_dateline_is_never_the_speaker(string paragraph)
    {
        var article = Read.Article(paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Maria Lopez", article.SpeakerEntity(quote));
    }

    [Fact]
    public void A_quote_in_the_title_keeps_its_speaker_when_the_body_opens_with_a_dateline()
    {
        var article = ArticleReader.Read("Maria Lopez: ‘The Race Is Not Over Yet’ In Ohio\n\nWASHINGTON — The senator spoke on Monday.");
        Assert.Equal("Maria Lopez", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("Maria Lopez has railed against what she calls the “Washington cartel” for months.")]
    [InlineData("Maria Lopez attacked her rival, whom she called “a con artist,” on Monday.")]
    public void Words_named_in_a_relative_clause_belong_to_the_subject_of_the_sentence(string paragraph)
    {
        // "what she calls": the pronoun is the sentence's subject again, and the report is the sentence's.
        var article = Read.Article(paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Maria Lopez", article.SpeakerText(quote));
    }

    [Fact]
    public void A_pronoun_after_which_is_a_subject_of_its_own()
    {
        // "an ad in which she declares": the clause is about the ad, and "she" speaks in it.
        var article = Read.Article("Maria Lopez unveiled a television ad in which she declares, “The purpose of our work is to serve.”");
        Assert.Equal("she", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_cue_after_the_quote_that_opens_a_clause_of_its_own_leaves_the_quote_to_the_sentence_report()
    {
        var article = Read.Article("Maria Lopez said the United States would work with other council members to take “robust steps” in response, and she urged the North to return to talks.");
        Assert.Equal("Maria Lopez", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_quote_inside_a_named_report_is_the_report_even_when_a_pronoun_cue_follows()
    {
        var article = Read.Article("Maria Lopez said she voted against the bill because “they put some unnecessary stuff in that bill,” she said.");
        Assert.Equal("Maria Lopez", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("It has not helped that the campaign cycled through slogans, from “everyday Americans” to “fighting for us,” in a year.")]
    [InlineData("It’s the persistent pull of the promise that “if you like your plan, you can keep it” for many.")]
    public void A_placeholder_it_is_nobody(string paragraph)
    {
        var article = Read.Article("The campaign has changed course.", paragraph);
        Assert.All(article.Quotes, q => Assert.NotEqual("It", article.SpeakerText(q)));
    }

    [Fact]
    public void A_name_with_a_relative_clause_after_an_inverted_cue_stays_the_mention()
    {
        var article = Read.Article("“The plan is a total disaster for the country,” said Maria Lopez, who called it a mistake.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Maria Lopez", article.SpeakerText(quote));
    }

    [Fact]
    public void A_pronoun_subject_is_the_speaker_without_the_words_before_it()
    {
        var article = Read.Article("Maria Lopez spoke in Ohio.", "On Tuesday night she called the plan “a total disaster for the country.”");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("she", article.SpeakerText(quote));
        Assert.Equal("Maria Lopez", article.SpeakerEntity(quote));
    }

    [Fact]
    public void A_document_that_reports_a_pronoun_speaks_for_it()
    {
        var article = Read.Article("The leaders met in Ohio.", "The statement noted they had previously said they would take “further significant measures against the regime.”");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("The statement", article.SpeakerText(quote));
    }

    [Fact]
    public void A_time_expression_between_a_relative_pronoun_and_its_cue_is_passed_over()
    {
        // Not "who has in the": the relative pronoun is the mention, as without "in the past", and its
        // antecedent the speaker.
        var article = Read.Article("Maria Lopez, who has in the past described the mayor as “a reckless and dangerous man,” spoke on Monday.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Maria Lopez", article.SpeakerEntity(quote));
        Assert.Equal("who", article.SpeakerText(quote));
        Assert.Equal("described", article.CueText(quote));
    }

    [Fact]
    public void A_speaker_phrase_cut_short_drops_its_trailing_function_words()
    {
        var article = Read.Article("According to a complaint filed by the state and a lawsuit filed by the city of Springfield and the county, the developers ran a “massive eight-year fraudulent scheme.”");
        var quote = Assert.Single(article.Quotes);
        var speaker = article.SpeakerText(quote);
        Assert.NotNull(speaker);
        Assert.StartsWith("a complaint", speaker);
        Assert.False(speaker!.EndsWith(" and", System.StringComparison.Ordinal) || speaker.EndsWith(" the", System.StringComparison.Ordinal) || speaker.EndsWith(" of", System.StringComparison.Ordinal), speaker);
    }

    [Theory]
    [InlineData("Democratic presidential candidate Maria Lopez is choosing not to answer charges of “profane and sexist attacks on her rival.”", "Maria Lopez")]
    [InlineData("Another delegate called the vote “a total farce from start to finish.”", "Another delegate")]
    public void A_capitalised_word_before_a_description_opens_the_speaker_phrase(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, article.SpeakerText(quote));
    }

    [Theory]
    // A name the reader does not know, so the phrase itself is what is reported.
    [InlineData("The magazine’s Jeet Heer sees the piece as a return to “the aristocratic conservatism of its founding years.”", "The magazine’s Jeet Heer")]
    // "hits" before a name is the verb, not part of the phrase (which would then end on the one it attacks).
    [InlineData("The harbour ad hits Dalgard for taking “nine times more money from shipowners than from all of Tromsø.”", "The harbour ad")]
    public void A_description_ends_at_its_verb(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, article.SpeakerText(quote));
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

    [Theory]
    [InlineData("Ana Ruiz, 45, a nurse from Ohio, said: “We cannot staff the wards.”", "Ana Ruiz")]
    [InlineData("After the vote in the capital, Senator Ana Ruiz (D-Ohio), said: “We cannot staff the wards.”", "Ana Ruiz")]
    [InlineData("As Ana Ruiz, a nurse from Ohio, put it, “We cannot staff the wards with good intentions.”", "Ana Ruiz")]
    public void The_speaker_of_an_appositive_is_the_name_not_the_description(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(speaker, article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void An_aside_opened_by_as_is_not_the_subject_of_the_sentence_around_it()
    {
        var article = Read.Article("Union spokesman Pedro Alvarez -- as Mayor Ruiz's office noted on Friday -- praised the deal and has mocked the board for “sleeping through the whole crisis.”");
        Assert.Equal("Pedro Alvarez", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("When asked about the plan, she laughed and said: “We will see about that.”", "she")]
    [InlineData("Ana Ruiz, in Ohio on Monday, praised the staff but said the wards were “badly short of nurses.”", "Ana Ruiz")]
    public void A_cue_after_a_conjunction_takes_the_subject_of_the_first_verb(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(speaker, article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_participle_cue_takes_the_subject_of_its_clause()
    {
        var article = Read.Article("The hospital board rejected the plan on Friday, telling reporters it was “unworkable in every ward.”");
        Assert.Equal("The hospital board", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_colon_hands_the_quote_to_the_subject_of_its_sentence()
    {
        var article = Read.Article("But back in Ohio, Ana Ruiz struck a darker tone: “We are running out of nurses.”");
        Assert.Equal("Ana Ruiz", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_quote_after_a_reported_sentence_belongs_to_its_speaker()
    {
        var article = Read.Article("Ana Ruiz added that the wards were short of staff. “We cannot go on like this.”");
        Assert.Equal("Ana Ruiz", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_time_expression_between_subject_and_cue_is_skipped()
    {
        var article = Read.Article("The State Department less than two weeks ago said the files were “top secret.”");
        Assert.Equal("The State Department", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void An_embedded_report_is_credited_to_the_outer_speaker()
    {
        var article = Read.Article("Ana Ruiz said she expected that voters will say “no” to the plan.");
        Assert.Equal("Ana Ruiz", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_named_report_of_two_verbs_inside_she_noted_is_credited_to_her()
    {
        // The inner report's first verb ("has criticized") is its own, not an outer report.
        var article = Read.Article("Mayor Ana Ruiz turned to her rival. She noted that Tom Ebel in the past has criticized the council for taking gifts and called the council “weak” and “lazy.”");
        Assert.Equal(2, article.Quotes.Count);
        Assert.All(article.Quotes, quote =>
        {
            Assert.Equal("She", article.SpeakerText(quote));
            Assert.Equal("Ana Ruiz", article.SpeakerEntity(quote));
        });
    }

    [Fact]
    public void An_embedded_report_under_a_pronoun_is_credited_to_the_outer_description()
    {
        var article = Read.Article("“The port will pay for itself,” Mayor Ana Ruiz said. The veteran mayor said she rarely asks councillors for help, “except for people I trust.”");
        Assert.Equal("The veteran mayor", article.SpeakerText(article.Quotes[1]));
        Assert.Equal("Ana Ruiz", article.SpeakerEntity(article.Quotes[1]));
    }

    [Theory]
    [InlineData("Rep. Tom Ebel of Oregon called on the council to act against the meddling the Oregon congressman said is designed to “sow discord” in the town.")]
    [InlineData("Rep. Tom Ebel of Oregon spoke against the meddling the Oregon congressman said is designed to “sow discord” in the town.")]
    public void A_description_of_a_person_after_a_noun_is_the_cues_own_subject(string paragraph)
    {
        var article = Read.Article(paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("the Oregon congressman", article.SpeakerText(quote));
        Assert.Equal("Tom Ebel", article.SpeakerEntity(quote));
        Assert.Equal("said", article.CueText(quote));
    }

    [Theory]
    [InlineData("Tom Ebel said this was a “fatal mistake” and that she has learned her lesson: “We are ready for a longer fight.”", "Tom Ebel")]
    [InlineData("Tom Ebel said that if viewed as a deal, some kind of grand bargain might be possible: “Both sides want the port.”", "Tom Ebel")]
    [InlineData("Tom Ebel said the council was “a mess,” but he gave the mayor a compliment: “She is very, very smart.”", "he")]
    public void Before_a_colon_a_clause_inside_a_named_report_leaves_the_quote_to_the_report(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(speaker, article.SpeakerText(article.Quotes[^1]));
    }

    [Fact]
    public void A_quote_whose_words_end_a_sentence_passes_nothing_to_the_next_sentence()
    {
        var article = Read.Article("First, Mayor Ruth Kane attacked the firm for being a “failed builder.” Then he turned to “little” Tom Ebel.");
        Assert.Equal("he", article.SpeakerText(article.Quotes[1]));
    }

    [Fact]
    public void A_clause_with_its_own_pronoun_subject_takes_the_quote_from_the_one_before()
    {
        var article = Read.Article("Mayor Ruth Kane arrived late. She voiced a wish for a “strong, busy and open harbour,” and she pronounced Tom Ebel “a friend.”");
        Assert.Equal("She", article.SpeakerText(article.Quotes[0]));
        Assert.Equal("she", article.SpeakerText(article.Quotes[1]));
        Assert.Equal("Ruth Kane", article.SpeakerEntity(article.Quotes[1]));
    }

    [Fact]
    public void A_clause_opened_by_a_preposition_and_which_has_its_own_subject()
    {
        var article = Read.Article("The mayor herself took to the airwaves on Wednesday during an interview with KBT’s harbour station, in which Ruth Kane expressed confidence that the plan would not be an issue “that is going to sink the port.”");
        Assert.Equal("Ruth Kane", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_cue_inside_a_parenthesis_finds_its_subject_inside_it()
    {
        var article = Read.Article("Most historians see the storm for what it was (Tom Ebel, who coined the word, once said, “It happened so many times.”). The town disagrees.");
        Assert.Equal("Tom Ebel", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void Verbs_joined_after_who_share_its_antecedent()
    {
        var article = Read.Article("Kane “was handled so lightly there isn't a whole lot you can do,” said a former harbour official who oversaw the inquiry and described the affair as “a lesser set of circumstances.”");
        Assert.Equal("who", article.SpeakerText(article.Quotes[1]));
    }

    [Theory]
    [InlineData("“You seem to have picked a new standard out of thin air,” the two write.", "the two")]
    [InlineData("Asked about the harbour, the mother of three replied, “It is meant for every family.”", "the mother of three")]
    [InlineData("“It is meant for every family,” the port authority less than two weeks ago said.", "the port authority")]
    public void A_number_before_the_cue_is_the_speakers_unless_a_time_noun_follows_it(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(speaker, article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_sentences_first_word_written_elsewhere_in_small_letters_opens_a_description()
    {
        var article = Read.Article(
            "The harbour talks on nuclear safety stalled in the spring.",
            "Nuclear safety inspectors have doubted the figures, but have speculated that the port could double its “cargo limits” by winter.");
        Assert.Equal("Nuclear safety inspectors", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void Words_after_a_quotation_that_does_not_hand_over_go_on_with_the_sentence()
    {
        var article = Read.Article(
            "The watchdog claimed “the mayor exaggerates” the cost of the harbour through a “misleading use of figures,” and concluded his claim was “mostly false.”");
        Assert.Equal("The watchdog", article.SpeakerText(article.Quotes[1]));
    }

    [Fact]
    public void After_a_quotation_a_clause_opened_by_a_conjunction_keeps_its_subject()
    {
        var article = Read.Article("Both sent statements, Kane saying she was “very encouraged” and Reyes calling it a “great meeting.”");
        Assert.Equal("Reyes", article.SpeakerText(article.Quotes[1]));
    }

    [Fact]
    public void A_nickname_inside_the_speakers_name_is_no_quotation()
    {
        var article = Read.Article("“We won,” the mayor's sister, Maria \"Mia\" Lopez, shouted to the crowd. “The harbour is ours.”");
        var quotes = article.Quotes.Where(q => q.Kind != QuoteKind.ScareQuote).ToArray();
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("Maria Lopez", article.SpeakerEntity(q)));
    }

    [Fact]
    public void A_demonstrative_and_a_noun_opening_the_sentence_are_its_subject()
    {
        var article = Read.Article(
            "The port wrote to the council, according to a copy seen by the Gazette. That letter, on port authority paper, demanded that the mayor make “a full public apology” by Friday.");
        Assert.Equal("That letter", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void The_antecedent_of_which_is_the_noun_phrase_right_before_it()
    {
        var article = Read.Article("The board voted 5-2 for the bill which said the harbour “must stay open to every boat.”");
        Assert.Equal("bill", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void That_between_a_noun_and_said_or_read_is_a_relative_pronoun()
    {
        var article = Read.Article(
            "Volunteers at the ferry gate handed out paper fans that said, “The harbour belongs to all of us.” Later the harbour master's office put up a board that read “Closed until the storm has passed.”");
        Assert.Collection(article.Quotes,
            fans => Assert.Equal("that", article.SpeakerText(fans)),
            board => Assert.Equal("that", article.SpeakerText(board)));
    }

    [Fact]
    public void That_said_opening_a_sentence_is_no_cue()
    {
        var article = Read.Article("The mayor spoke for an hour. That said, “the harbour will stay open,” her deputy wrote.");
        Assert.Equal("her deputy", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_report_set_off_by_commas_holds_the_pronouns_words_later_in_the_sentence()
    {
        var article = Read.Article(
            "On the last night of the strike, Maria Lopez wrote, she kept telling the crew “we are nearly home, hold on.”\n\n"
            + "The ferry plan, Tom Reyes explained, grew out of two winters of delays, a change he believes has given the island “a second harbour.”");
        Assert.Collection(article.Quotes,
            crew => Assert.Equal("Maria Lopez", article.SpeakerText(crew)),
            plan => Assert.Equal("Tom Reyes", article.SpeakerText(plan)));
    }

    [Fact]
    public void A_cue_after_a_quotation_is_no_report_set_off_for_the_pronoun_after_it()
    {
        var article = Read.Article("“The ferry will run all winter,” Tom Reyes says, but she warns that she sees “two hard months ahead.”");
        Assert.Equal("she", article.SpeakerText(article.Quotes[1]));
    }

    [Fact]
    public void A_possessive_owning_the_words_gives_them_to_the_clauses_named_subject()
    {
        var article = Read.Article(
            "Tom Reyes met the press on Monday. Maria Lopez has long pushed her promise of “free ferries” on the island.\n\n"
            + "The Harbour Board has long opposed her promise of “free ferries” on the island.");
        Assert.Collection(article.Quotes,
            promise => Assert.Equal(("Maria Lopez", "Maria Lopez"), (article.SpeakerText(promise), article.SpeakerEntity(promise))),
            opposed => Assert.Equal("her", article.SpeakerText(opposed)));
    }

    [Fact]
    public void A_participle_after_a_clause_opened_by_as_takes_that_clauses_pronoun()
    {
        var article = Read.Article(
            "Maria Lopez conceded the vote even as she defended the ferry plan, saying “most of it still stands.”\n\n"
            + "The harbour master opened the gates as a ladder to the quay, noting that it was “the only way up.”");
        Assert.Collection(article.Quotes,
            stands => Assert.Equal(("she", "Maria Lopez"), (article.SpeakerText(stands), article.SpeakerEntity(stands))),
            way => Assert.Equal("The harbour master", article.SpeakerText(way)));
    }

    [Fact]
    public void A_participle_after_a_clause_opened_by_as_takes_that_clauses_named_subject()
    {
        var article = Read.Article(
            "It was a hard week for the harbour board, as Mrs. Lopez repeated the charge, saying the board “has lost the town.”\n\n"
            + "“Too late?” Kane asked when Lopez closed the meeting with a nod to the musical “Anchors Away” and its sailors, remarking, “We sail at dawn.”");
        Assert.Equal("Mrs. Lopez", article.SpeakerText(article.Quotes[0]));
        Assert.Equal("Lopez", article.SpeakerText(article.Quotes[^1]));
    }

    [Fact]
    public void A_participle_after_a_relative_clause_takes_that_clauses_pronoun()
    {
        var article = Read.Article(
            "The mayor spoke an hour after Tom Reyes held a rally in which he kept up his attack on the port, mocking its “ferry to nowhere.”");
        Assert.Equal(("he", "Tom Reyes"), (article.SpeakerText(article.Quotes[0]), article.SpeakerEntity(article.Quotes[0])));
    }

    [Fact]
    public void A_title_ending_in_a_question_mark_inside_the_subject_does_not_end_the_sentence()
    {
        var article = Read.Article("The report, titled “Sink or Swim?”, concludes that the ferry is “too costly to keep” in winter.");
        Assert.Equal("The report", article.SpeakerText(article.Quotes[1]));
    }

    [Fact]
    public void A_verb_coordinated_inside_a_clause_opened_by_when_takes_that_clauses_subject()
    {
        var article = Read.Article("There have been sharper jabs, such as when Kane knocked Lopez on fares and called her a “dreamer,” a dig at her record.");
        Assert.Equal("Kane", article.SpeakerText(article.Quotes[0]));
    }

    [Fact]
    public void Verb_phrases_in_a_series_set_off_by_semicolons_share_the_opening_subject()
    {
        var article = Read.Article(
            "In June, Tom Reyes sued the harbour board; fired his lawyer; and declared that the ferry plan “is dead.”\n\n"
            + "In June, the port flooded in Dover, Del.; closed for a week; and reported that the damage was “severe.”");
        Assert.Collection(article.Quotes,
            dead => Assert.Equal("Tom Reyes", article.SpeakerText(dead)),
            severe => Assert.NotEqual("Del", article.SpeakerText(severe)));
    }

    [Fact]
    public void A_possessive_opening_the_main_clause_after_an_opening_clause_is_its_subject()
    {
        var article = Read.Article(
            "Maria Lopez won the vote. Even before Tom Reyes conceded on Tuesday night, her campaign sent a text message to supporters saying: “We did it!”");
        Assert.Equal(("her campaign", "Maria Lopez"), (article.SpeakerText(article.Quotes[0]), article.SpeakerEntity(article.Quotes[0])));
    }

    [Fact]
    public void A_share_of_the_people_a_poll_asked_speaks_through_the_poll()
    {
        var article = Read.Article(
            "In a Harbour Gazette poll released Monday, 62 percent of residents said the ferry plan was “a waste of money.”\n\n"
            + "The survey finds that, while 40% say the plan is “too costly,” six in 10 voters say it is “long overdue.”\n\n"
            + "Asked about the ferry, 21 percent said it was “not too likely” to run on time.\n\n"
            + "In a Tromsø Tidende poll, 31% of fishermen and harbour workers said they were “extremely worried” about the plan.");
        Assert.Equal(
            new[] { "a Harbour Gazette poll", "The survey", "The survey", "21 percent", "a Tromsø Tidende poll" },
            article.Quotes.Select(q => article.SpeakerText(q)).ToArray());
    }

    [Fact]
    public void A_clause_of_contrast_with_its_own_subject_keeps_the_words_from_the_report_before_it()
    {
        var article = Read.Article("Maria Lopez endorsed the harbour plan, although she made it clear that she has “serious doubts” about the cost.");
        Assert.Equal(("she", "Maria Lopez"), (article.SpeakerText(article.Quotes[0]), article.SpeakerEntity(article.Quotes[0])));
    }

    [Fact]
    public void A_quotation_after_a_paragraph_that_opens_on_the_last_speaker_and_quotes_no_one_is_theirs()
    {
        var article = Read.Article(
            "“I am calling from the harbour board,” Maria Lopez said into the phone.",
            "She pauses.",
            "“Well, thank you so much.”",
            "Pause.",
            "“Then we can count on you.”",
            "The line goes quiet.",
            "“Hello?”");
        Assert.Equal(new[] { "Maria Lopez", "Maria Lopez", "Maria Lopez", null }, article.Quotes.Select(q => article.SpeakerText(q)).ToArray());
    }

    [Fact]
    public void A_time_fronted_without_a_comma_ends_before_the_subject_after_a_conjunction_too()
    {
        var article = Read.Article(
            "Boos rained down when Tom Reyes spoke, and at one point the crowd reprised the chant “Sink the ferry!” for a minute.",
            "At one point the dockers took up the chant “Save the harbour!” at the gate.",
            "Tom Reyes led the charge, and within weeks the harbour campaign had sent letters to every house and placed ads calling the plan a “$25 million mistake.”");
        Assert.Equal(new[] { "the crowd", "the dockers", "the harbour campaign" }, article.Quotes.Select(q => article.SpeakerText(q)).ToArray());
    }

    [Fact]
    public void Words_in_a_clause_opening_with_a_capitalised_subordinator_are_its_subjects()
    {
        var article = Read.Article(
            "While Tom Reyes laid out a plan for “a harbour that pays its own way,” Maria Lopez stayed silent.",
            "When he returned he began by saying, “The ferry will run on time.” Nobody answered.");
        Assert.Equal(new[] { "Tom Reyes", "he" }, article.Quotes.Select(q => article.SpeakerText(q)).ToArray());
    }

    [Fact]
    public void A_quantifier_after_according_to_keeps_the_preposition_that_says_who()
    {
        var article = Read.Article("Maria Lopez left the harbour early. According to some on the quay, Lopez was “furious,” sparking talk of a rift.");
        Assert.Equal("some on the quay", article.SpeakerText(article.Quotes[0]));
    }

    [Fact]
    public void A_cue_after_a_finished_quote_that_hands_over_to_its_own_quote_reports_that_one()
    {
        var article = Read.Article("Lopez writes to Kane with, “Why now? Who asked for this?” Kane then writes back, “You did.”");
        Assert.Collection(article.Quotes,
            asked => Assert.Equal("Lopez", article.SpeakerText(asked)),
            did => Assert.Equal("Kane", article.SpeakerText(did)));
    }

    [Fact]
    public void A_paragraph_of_quotation_after_a_sentence_saying_someone_spoke_is_theirs()
    {
        var article = Read.Article(
            "What “a fair deal” means is left to the voters, since Maria Lopez spoke only in slogans at the rally.\n\n"
            + "“We have to do something about the ferry.”\n\n"
            + "The harbour board met on Friday.\n\n"
            + "“Nobody asked us.”");
        Assert.Collection(article.Quotes,
            term => Assert.Null(term.Speaker),
            spoke => Assert.Equal("Maria Lopez", article.SpeakerText(spoke)),
            unclaimed => Assert.Null(unclaimed.Speaker));
    }

    [Fact]
    public void A_comma_after_a_clause_hands_the_quote_to_its_subject()
    {
        var article = Read.Article(
            "Unless the board acts soon, “the last ferry of the season will leave in May.”\n\n"
            + "Earlier this week, Maria Lopez shared her worry with the crowd at the pier, “I do not know what the board will do.”\n\n"
            + "“We are ready,” said Tom Reyes, the port's director, “and the ferries will run all winter.”");
        Assert.Collection(article.Quotes,
            season => Assert.Null(season.Speaker),
            worry => Assert.Equal("Maria Lopez", article.SpeakerText(worry)),
            ready => Assert.Equal("Tom Reyes", article.SpeakerText(ready)),
            winter => Assert.Equal("Tom Reyes", article.SpeakerText(winter)));
    }

    [Fact]
    public void A_dash_after_a_clause_about_a_body_hands_the_quote_to_that_body()
    {
        var article = Read.Article("In rejecting the appeal, the commission recognized that a court should settle the matter — “so that every voter knows the answer once and for all.”");
        Assert.Equal("the commission", article.SpeakerText(article.Quotes[0]));
    }

    [Fact]
    public void Words_in_a_phrase_fronted_before_the_main_clause_are_its_subjects()
    {
        var article = Read.Article("In a speech that spoke to the “frustration, the fear and the anger” over a harbour in which the biggest firms have thrived, Maria Lopez struck the same notes.");
        Assert.Equal("Maria Lopez", article.SpeakerText(article.Quotes[0]));
    }

    [Fact]
    public void Words_in_a_sentence_opening_under_a_law_are_the_laws()
    {
        var article = Read.Article("Under harbour law, a ferry is late when it leaves “more than ten minutes after the posted time.”");
        Assert.Equal("harbour law", article.SpeakerText(article.Quotes[0]));
    }

    [Fact]
    public void A_person_named_by_what_they_are_to_someone_is_not_that_someone()
    {
        var article = Read.Article("Tom Reyes spoke on Monday. Reyes's daughter said the plan was “a disaster.” Reyes's statement called it “a start.”");
        Assert.Collection(article.Quotes,
            daughter => Assert.Equal(("Reyes's daughter", null), (article.SpeakerText(daughter), article.SpeakerEntity(daughter))),
            statement => Assert.Equal("Tom Reyes", article.SpeakerEntity(statement)));
    }

    [Fact]
    public void Referring_to_someone_as_a_name_is_quoting_it_and_a_contrast_after_leaves_it_to_the_report_before()
    {
        var article = Read.Article("Lopez refers to the mayor, who is supposedly her oldest friend, as “Madam Mayor,” while Kane refers to her as “Maria.”");
        Assert.Collection(article.Quotes,
            mayor => Assert.Equal((QuoteKind.Partial, "Lopez"), (mayor.Kind, article.SpeakerText(mayor))),
            maria => Assert.Equal((QuoteKind.Partial, "Kane"), (maria.Kind, article.SpeakerText(maria))));
    }

    [Theory]
    [InlineData("It is strange that Maria Lopez would denounce “self-dealing,” which she practised for years.", "denounce")]
    [InlineData("Maria Lopez would describe the plan as “a giveaway” to anyone.", "describe")]
    [InlineData("Maria Lopez will criticize the board's “secret deals” on Monday.", "criticize")]
    public void A_cue_in_its_plain_form_after_a_modal_reports_too(string sentence, string cue)
    {
        var article = Read.Article(sentence);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal((QuoteKind.Partial, cue), (quote.Kind, article.CueText(quote)));
    }

    [Theory]
    [InlineData("The ferry plan has been called “a quiet revolution” by Maria Lopez, who runs the port.", "Maria Lopez")]
    [InlineData("The ferry plan was described as “a total disgrace,” by Mayor Ruth Kane on Monday.", "Ruth Kane")]
    [InlineData("The ferry plan was called “a quiet revolution” by many on the island.", "The ferry plan")]
    // A participle set off by a comma is passive too, and "the" may open the agent.
    [InlineData("Boasting 2,000 boats, called “the pearl of the north” by the fishermen, the harbour is busy.", "the fishermen")]
    public void A_passive_cue_before_the_quote_gives_it_to_the_agent_after(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(speaker, article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void People_named_by_what_they_are_report_a_pronouns_words_as_a_name_does()
    {
        var article = Read.Article("Tom Reyes ran the port for a decade, and prosecutors say he told them “the cranes will stay.”");
        Assert.Equal("prosecutors", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("At the harbour rally, Maria Lopez said that Tom Reyes begged her for support and “would have signed anything.”", "Maria Lopez")]
    [InlineData("Ana Ruiz said Tom Reyes called on the crew to be “ready by dawn.”", "Ana Ruiz")]
    [InlineData("Tom Reyes, who called the plan “a mistake,” spoke for an hour.", "who")]
    public void A_fragment_in_a_named_persons_reported_clause_is_the_reporters(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(speaker, article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("“Every ferry will run on time,” the harbour plan states on its first page.", "the harbour plan", "states")]
    [InlineData("“Ferries come first,” the islanders state in their letter to the council.", "the islanders", "state")]
    [InlineData("The mayor has not yet won “the support of ferry users in all” the rest of the states.", "The mayor", null)]
    public void States_right_after_a_quote_that_hands_over_is_a_cue(string paragraph, string speaker, string? cue)
    {
        var article = Read.Article(paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal((speaker, cue), (article.SpeakerText(quote), article.CueText(quote)));
    }

    [Theory]
    [InlineData("The size of Lopez’s lead does not surprise harbour pollster Tom Reyes: “Ferry towns always vote early.”", "Tom Reyes")]
    [InlineData("The harbour board met Tom Reyes on Monday: “Ferry towns always vote early.”", "The harbour board")]
    public void A_subject_that_is_no_one_leaves_a_colons_quote_to_the_person_named_before_it(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(speaker, article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_name_after_a_dash_before_a_colon_takes_the_quote_from_an_earlier_cue()
    {
        var article = Read.Article("But the surveys did predict the county vote - Pollwatch: “While the ferry vote surprised everyone, most pollsters did well.”");
        Assert.Equal("Pollwatch", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_quotation_paragraph_after_a_report_belongs_to_the_reports_first_cue()
    {
        var article = Read.Article(
            "Halvorsen elaborated in a column for the Gazette that councillors currently pledged to the plan may reconsider.",
            "“A win in the harbour vote would change everything.”");
        Assert.Equal("Halvorsen", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_participle_and_by_right_after_a_quote_name_its_agent()
    {
        var article = Read.Article("The council blocked the harbour plan because of “poison pill” clauses added by the opposition on other issues.");
        Assert.Equal("the opposition", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_participle_before_a_time_expression_is_not_part_of_the_speaker()
    {
        var article = Read.Article("A harbour authority report released last week warned that the docks were “close to collapse.”");
        Assert.Equal("A harbour authority report", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_clause_about_the_quote_is_not_its_cue()
    {
        var article = Read.Article("Ana Ruiz replied: “What difference does it make now?” when questioned about the cause.");
        Assert.Equal("Ana Ruiz", article.SpeakerText(Assert.Single(article.Quotes)));
        Assert.Equal("replied", article.CueText(article.Quotes[0]));
    }

    [Fact]
    public void Ruled_that_reports_a_judgement_and_ruled_out_does_not()
    {
        var ruling = Read.Article("The fact-checkers then ruled that Reyes’s statement about “thousands of empty berths” in the harbour was “mostly true.”");
        Assert.Equal(2, ruling.Quotes.Count);
        Assert.All(ruling.Quotes, q => Assert.Equal("The fact-checkers", ruling.SpeakerText(q)));
        Assert.All(ruling.Quotes, q => Assert.Equal("ruled", ruling.CueText(q)));
        var idiom = Read.Article("The mayor ruled out a “second harbour” for the town.");
        Assert.Null(Assert.Single(idiom.Quotes).Cue);
    }

    [Fact]
    public void An_infinitive_split_by_an_adverb_is_no_cue_of_its_own()
    {
        var article = Read.Article("Okafor boasted that, thanks to her “harbour count method,” she was the only pollster to correctly predict the margin for Mayor Ruth Kane.");
        Assert.Equal("Okafor", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_clause_opened_by_a_conjunction_and_a_subordinator_keeps_its_quote()
    {
        var article = Read.Article("And although Okafor lamented the delay - “does the council have to keep giving them excuses?” - residents who watched the debate said they were calm.");
        Assert.Equal("Okafor", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_new_sentence_after_a_question_reports_it_only_with_its_cue_near()
    {
        var article = Read.Article(
            "Okafor emailed the mayor about the storm. Kane’s response was: “Is the ferry off Dover or Calais?” The Ferry House is a shop in Kent, which sells maps, gifts, crystal, pottery and tea to walkers, according to its website.");
        Assert.Equal("Kane’s response", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("At the council in Dover his aides stripped out a call for “a second ferry to the islands” from the plan.", "his aides")]
    [InlineData("In 2015 the harbour board dropped its call for “a second ferry to the islands” from the plan.", "the harbour board")]
    public void A_fronted_phrase_without_a_comma_ends_where_the_subject_opens(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(speaker, article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_title_closing_the_speakers_appositive_keeps_its_comma_inside_its_marks()
    {
        var article = Read.Article("As Mara Quist, professor of maritime law at Leeds and author of “The Open Harbour,” put it, “Councils should remember that a compromise today may be far better for them.”");
        Assert.Equal("Mara Quist", article.SpeakerText(article.Quotes[article.Quotes.Count - 1]));
    }

    [Fact]
    public void Nouns_that_look_like_cues_are_not_cues()
    {
        var article = Read.Article("The mayor ended on a positive note about the “new bridge” plans for the town.");
        var quote = Assert.Single(article.Quotes);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void An_inverted_cue_after_an_adjunct_finds_its_speaker_after_the_cue()
    {
        var article = Read.Article("Voters “drew quite well from the suburbs” in the primary, said professor Paul Beck.");
        Assert.Equal("Paul Beck", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_new_sentence_after_a_closed_quote_is_not_its_attribution()
    {
        var article = Read.Article("“The plan is dead.” Ana Ruiz said she would fight on anyway.");
        Assert.Null(Assert.Single(article.Quotes).Cue);
    }

    [Fact]
    public void A_dash_and_a_name_after_a_quote_credit_it()
    {
        var article = Read.Article("“The most unqualified candidate I have ever seen.” ― Francisco Herrero");
        Assert.Equal("Francisco Herrero", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void Per_attributes_to_what_follows()
    {
        var article = Read.Article("Voting is prohibited when filling “a vacancy on the national ticket,” per the party’s bylaws.");
        Assert.Equal("the party’s bylaws", article.SpeakerText(Assert.Single(article.Quotes)));
        Assert.Equal("per", article.CueText(article.Quotes[0]));
    }

    [Fact]
    public void A_paragraph_introduced_with_a_colon_belongs_to_whoever_introduced_it()
    {
        var article = Read.Article("Caddell continued:", "“The health issue is very much a partisan issue, and it will stay one.”");
        Assert.Equal("Caddell", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_partial_quote_with_no_cue_belongs_to_the_subject_of_its_sentence()
    {
        var article = Read.Article("In an August speech, Senator Ana Ruiz attacked “the hateful ideology of the old guard” again.");
        Assert.Equal("Ana Ruiz", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_long_appositive_between_quote_and_cue_is_crossed()
    {
        var article = Read.Article("“It is fiscally responsible,” Leonard Burman, director of the tax policy center, a joint venture of two institutes, and a professor at the university, said of the plan.");
        Assert.Equal("Leonard Burman", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_pronoun_contraction_is_a_subject_not_a_possessive()
    {
        var article = Read.Article("He’s claiming that voting fraud is “a big, big problem in this country.”");
        Assert.Equal("He", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_relative_clause_credits_the_one_it_is_about()
    {
        var article = Read.Article("Guests included Stevie Wonder, who joked of the museum, “I haven’t seen it yet, but I’m going to.”");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Stevie Wonder", article.SpeakerEntity(quote));
        Assert.Equal("who", article.SpeakerText(quote));
    }

    [Fact]
    public void A_parenthetical_between_dashes_is_skipped()
    {
        var article = Read.Article("Mike Jones -- the head of the production company -- told me, “We are a content provider.”");
        Assert.Equal("Mike Jones", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void Abbreviated_titles_do_not_end_the_sentence()
    {
        var article = Read.Article("“This is a big year for us!” Scott’s niece, state Del. Marcia Price, shouted to the crowd.");
        Assert.Equal("Scott’s niece", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void An_uncredited_quote_is_reported_only_when_its_paragraph_names_no_one()
    {
        var named = Read.Article("The budget was thin again this year at NATO. “Nobody knows where the money went.”");
        Assert.Null(Assert.Single(named.Quotes).Speaker);
        Assert.DoesNotContain(FindingKind.UnattributedQuote, named.FindingKinds());

        var nobody = Read.Article("The budget was thin again this year. “Nobody knows where the money went.”");
        Assert.Null(Assert.Single(nobody.Quotes).Speaker);
        Assert.Contains(FindingKind.UnattributedQuote, nobody.FindingKinds());
    }

    [Fact]
    public void A_closing_report_after_two_quotations_credits_both()
    {
        var article = Read.Article("Ticket sales were “flat for most of the spring” while buyers waited out a “messy season,” the promoter said.");
        Assert.All(article.Quotes, q => Assert.Equal("the promoter", article.SpeakerText(q)));
        Assert.Equal(2, article.Quotes.Count);
    }

    [Fact]
    public void A_cue_with_an_object_after_a_later_quotation_is_not_the_first_quotations_report()
    {
        var article = Read.Article("As the mayor went on about “the broken roads” and “our forgotten towns,” Dana said yes, again and again.");
        Assert.Equal("the mayor", article.SpeakerText(article.Quotes[0]));
    }

    [Fact]
    public void Adverbs_between_subject_and_cue_are_not_the_speaker()
    {
        var article = Read.Article("Dana Ortiz has since apologized for the delay: “I should have told the council in May.”");
        Assert.Equal("Dana Ortiz", article.SpeakerText(Assert.Single(article.Quotes)));
        var often = Read.Article("“We are not a museum,” the curator often says.");
        Assert.Equal("the curator", often.SpeakerText(Assert.Single(often.Quotes)));
    }

    [Fact]
    public void A_new_sentence_whose_cue_takes_an_object_does_not_report_the_quote_before_it()
    {
        var article = Read.Article("Minister Ana Bello said on Monday that although the vote was “a fair start,” it was “far from perfect.” She cited the closed polling stations in the north.");
        Assert.Equal("Ana Bello", article.SpeakerText(article.Quotes[1]));
        var exclaimed = Read.Article("“We did it!” Coach Lena Ford said as the buzzer sounded.");
        Assert.Equal("Lena Ford", exclaimed.SpeakerText(Assert.Single(exclaimed.Quotes)));
    }

    [Fact]
    public void A_participle_opening_the_sentence_is_not_the_speaker()
    {
        var article = Read.Article("Recalling that night, Mara Quint, who ran the shelter for a decade, said of the flood: “We slept on the roof.”");
        Assert.Equal("Mara Quint", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_quoted_name_inside_the_speakers_appositive_does_not_hide_the_cue()
    {
        var article = Read.Article("“We have seen better weeks,” Omar Reyes, a delegate wearing a “Vote Local” badge, said as the hall emptied.");
        Assert.Equal("Omar Reyes", article.SpeakerText(article.Quotes[0]));
    }

    [Fact]
    public void A_relative_clause_after_a_description_credits_the_description_through_who()
    {
        var article = Read.Article("“The lines were short,” said one official at the county office, who added that turnout was “higher than anyone expected.”");
        var later = article.Quotes[1];
        Assert.Equal("who", article.SpeakerText(later));
        Assert.DoesNotContain("said", article.SpeakerText(article.Quotes[0]));
    }

    [Fact]
    public void A_quote_after_an_inverted_report_belongs_to_its_speaker_not_to_a_later_verb()
    {
        var article = Read.Article("“Do they read the minutes?” said Rosa Diaz, a council member who has accused the mayor of hiding costs. “I doubt it.”");
        Assert.Equal("Rosa Diaz", article.SpeakerEntity(article.Quotes[1]));
        Assert.NotEqual("the mayor", article.SpeakerText(article.Quotes[1]));
    }

    [Fact]
    public void Words_named_by_a_noun_belong_to_their_owner()
    {
        var named = Read.Article("The fact-checkers looked into Mayor Ruth Kane’s claim that there were “hundreds of new jobs” downtown.");
        Assert.Equal("Ruth Kane", named.SpeakerEntity(Assert.Single(named.Quotes)));
        var pronoun = Read.Article("Ruth Kane spoke first. The union was angered by her March comment that “the port has no future.”");
        Assert.Equal("her", pronoun.SpeakerText(Assert.Single(pronoun.Quotes)));
        Assert.Equal("Ruth Kane", pronoun.SpeakerEntity(pronoun.Quotes[0]));
    }

    [Fact]
    public void A_verb_is_never_the_speaker_the_phrase_its_clause_hangs_on_is()
    {
        var article = Read.Article("A county official who spoke anonymously to discuss the budget said Friday, “We will close two libraries.”");
        Assert.Equal("A county official", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_relative_clause_has_its_own_subject()
    {
        var article = Read.Article("And the harbour tax, which Mayor Ruth Kane had called a “disgrace” and promised to “scrap on day one”?");
        Assert.All(article.Quotes, q => Assert.Equal("Ruth Kane", article.SpeakerEntity(q)));
    }

    [Fact]
    public void A_bare_place_between_commas_is_not_the_subject_of_the_next_verb()
    {
        var article = Read.Article("Senator Ana Ruiz went on to praise the new port, note that she had visited Portland, Maine, and boast about the harbour — “the finest on the coast.”");
        Assert.Equal("Ana Ruiz", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void The_second_quote_of_a_paragraph_takes_the_first_ones_speaker_only_within_its_sentence()
    {
        var article = Read.Article("The plan, which Senator Ana Ruiz had called “a disgrace”? The new mayor instead spoke of “a fresh start.”");
        Assert.NotEqual("Ana Ruiz", article.SpeakerEntity(article.Quotes[1]));
    }

    [Fact]
    public void The_object_of_a_verb_after_a_quote_is_not_its_speaker()
    {
        var article = Read.Article("Mayor Ruth Kane summed up Tom Hale as “reckless,” denounced his record as a councillor and said he should resign.");
        Assert.Equal("Ruth Kane", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_cue_set_off_by_commas_credits_the_name_after_it()
    {
        var article = Read.Article("The trouble with the plan, says Carl Moreno, a historian at the state archive, is that it was “written for another century.”");
        Assert.Equal("Carl Moreno", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_prediction_inside_a_report_is_the_reporters()
    {
        var article = Read.Article("Asked about the vote, Governor Ana Ruiz said she expected that Texans will say “enough” to the plan.");
        Assert.Equal("Ana Ruiz", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_closing_report_far_after_a_short_quote_still_credits_it()
    {
        var article = Read.Article("“We stayed with them” until long after midnight on the night of the flood in the low streets of the old harbour district near the river mouth, she said.");
        Assert.Equal("she", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_quotation_ending_a_sentence_ends_the_search_for_the_next_ones_subject()
    {
        var article = Read.Article("Mayor Ruth Kane called the levy “quite dangerous.” Governor Tom Hale, hoping to win the north, called her a “reckless spender.”");
        Assert.Equal("Tom Hale", article.SpeakerEntity(article.Quotes[1]));
    }

    [Theory]
    [InlineData("—\"Lopez leaves ‘Harbour Lights’ for the coast,\" by the Courier's Ana Ruiz: \"Lopez is leaving the show after ten years.\"", "Ana Ruiz")]
    [InlineData("—\"Lopez leaves ‘Harbour Lights’ for the coast,\" by Times' Ana Ruiz: \"Lopez is leaving the show after ten years.\"", "Ana Ruiz")]
    public void A_digests_excerpt_belongs_to_the_writer_of_its_byline(string paragraph, string writer)
    {
        var article = Read.Article(paragraph);
        var excerpt = Assert.Single(article.Quotes, q => article.Text(q.Content).StartsWith("Lopez is", System.StringComparison.Ordinal));
        Assert.Equal(writer, article.SpeakerText(excerpt));
    }

    [Theory]
    [InlineData("When someone in the hall shouted, “Resign,” the mayor laughed, “Not today.”", "someone in the hall")]
    [InlineData("After Ana Ruiz said that the small boats might do better in the “old harbour,” the mayor said: “We will see.”", "Ana Ruiz")]
    public void A_quote_inside_a_clause_opening_the_sentence_is_that_clauses_report(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(speaker, article.SpeakerText(article.Quotes[0]));
        Assert.Equal("the mayor", article.SpeakerText(article.Quotes[1]));
    }

    [Fact]
    public void A_clause_of_time_after_the_report_has_its_own_speaker()
    {
        var article = Read.Article("\"We are nearly done,\" Ruiz said as the heckler yelled: \"Resign!\"");
        Assert.Equal("Ruiz", article.SpeakerText(article.Quotes[0]));
        Assert.Equal("the heckler", article.SpeakerText(article.Quotes[1]));
    }

    [Fact]
    public void Whoever_is_heard_asking_asks()
    {
        var article = Read.Article("The station has the tape:", "“Will the port close?” a reporter can be heard asking Ruiz after the meeting.");
        Assert.Equal("a reporter", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void An_aside_between_commas_leaves_the_cue_to_the_name_before_it()
    {
        var article = Read.Article("Ana Ruiz spoke at the pier.", "She faced charges that Tom Hale, for one, called ''a tax on boats.''");
        Assert.Equal("Tom Hale", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_name_after_when_before_an_appositive_is_the_subject_not_the_sentences_opening()
    {
        var article = Read.Article("Tom Hale's feud with the board started when Ana Ruiz, in reply to his remarks on the port, accused him of ''petty politics.''");
        Assert.Equal("Ana Ruiz", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void After_a_modal_the_cues_subject_follows_the_subordinator()
    {
        var article = Read.Article("It looked as if the mayor might lose the vote after the harbour board announced plans for a \"new levy\" in May.");
        Assert.Equal("the harbour board", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void The_agent_of_a_passive_question_asks_it()
    {
        var article = Read.Article("Ruiz was asked by radio host Dana Marsh whether her plan would risk “another expensive harbour.”");
        Assert.Equal("Dana Marsh", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_pronoun_takes_no_words_after_it_into_the_speaker()
    {
        var article = Read.Article("Maria Lopez spoke first.", "Humphrey, who calls the plan a “sham,” said he doubts the effort requires an alternative.");
        Assert.DoesNotContain("doubts", article.SpeakerText(Assert.Single(article.Quotes)) ?? "");
    }

    [Fact]
    public void Another_before_a_verb_that_is_only_a_verb_is_the_speaker()
    {
        var article = Read.Article("One voter wrote that the plan was fine.", "Another tweeted, “The plan is a mess.”");
        Assert.Equal("Another", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_closing_report_followed_by_where_and_when_credits_both_quotations()
    {
        var article = Read.Article("Ports are “the lungs of the coast” and “must stay open,” Ana Ruiz, the harbour's keeper, said to a cheering crowd at the quay on Tuesday.");
        Assert.Equal(2, article.Quotes.Count);
        Assert.All(article.Quotes, q => Assert.Equal("Ana Ruiz", article.SpeakerEntity(q)));
        Assert.All(article.Quotes, q => Assert.Equal("Ana Ruiz", article.SpeakerText(q)));
    }

    [Fact]
    public void Who_set_off_by_commas_before_an_aside_stands_for_the_name_before_it()
    {
        var article = Read.Article("First came the editor Ana Ruiz, who, after trading insults with the mayor, said on the radio that ''the port deserves better.''");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("who", article.SpeakerText(quote));
        Assert.Equal("Ana Ruiz", article.SpeakerEntity(quote));
    }

    [Fact]
    public void A_party_and_state_between_commas_is_not_the_subject()
    {
        var article = Read.Article("House Speaker Paula Reyes, R-Wis., despite admitting that she had doubts about “rushed votes,” said the bill is sound.");
        Assert.Equal("Paula Reyes", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_party_and_state_in_brackets_stay_with_the_speaker_but_out_of_the_name()
    {
        var article = Read.Article("“We will not wait,” said Flo Marr (D-Ill.) in an interview.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Flo Marr (D-Ill.)", article.SpeakerText(quote));
        Assert.Equal("Flo Marr", article.SpeakerEntity(quote));
    }

    [Fact]
    public void A_long_description_before_a_name_does_not_cut_the_name()
    {
        var article = Read.Article("Former judge and Lisbon City Harbour Commissioner Rosa Almeida, who backs the plan, met the union on Monday, calling it a “fair deal” for the port.");
        Assert.Equal("Rosa Almeida", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("Health Secretary Jill June said “the wards are full.”", "Jill June")]
    [InlineData("“The wards are full,” columnist Ai Jun wrote.", "Ai Jun")]
    public void A_surname_that_names_a_month_is_not_a_time_before_the_cue(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(speaker, article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_markup_tag_named_like_a_cue_is_no_cue()
    {
        var article = Read.Article("<tweet id=\"1\">The mayor is wearing a cap that reads \"VOTE NO TWICE\" — Dana Reed (@dreed) May 2, 2016</tweet>.");
        var quote = Assert.Single(article.Quotes);
        Assert.NotEqual("tweet", article.CueText(quote));
        Assert.NotEqual("2016", article.SpeakerText(quote));
    }

    [Fact]
    public void A_possessive_source_inside_a_named_report_leaves_the_quote_to_the_report()
    {
        var article = Read.Article("Party secretary Win Htay said Tuesday that according to its count, the party had won most seats, but “we are still counting.”");
        Assert.Contains("Win Htay", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void The_sentences_report_lies_past_an_earlier_quotation_of_the_same_sentence()
    {
        var article = Read.Article("Governor Ana Ruiz said on the radio show “Morning Desk” that she would “take a hard look” at the levy.");
        Assert.Equal("Ana Ruiz", article.SpeakerText(article.Quotes[1]));
    }

    [Fact]
    public void The_object_of_a_verb_in_the_speakers_appositive_is_not_the_speaker()
    {
        var article = Read.Article("“I do not believe in the rule,” Senator Ana Ruiz, who has not endorsed a candidate, told reporters.");
        Assert.Equal("Ana Ruiz", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void Said_by_telephone_names_no_agent()
    {
        var article = Read.Article("“It’s nonsense,” Mayor Tom Hale said by telephone on the program “Morning Desk.” “The plan is dead.”");
        Assert.Equal("Tom Hale", article.SpeakerEntity(article.Quotes[^1]));
        Assert.NotEqual("telephone", article.SpeakerText(article.Quotes[^1]));
    }

    [Fact]
    public void A_colon_after_a_clause_without_a_subject_hands_the_quote_to_the_one_it_names()
    {
        var article = Read.Article("Here’s Mayor Ruth Kane in May 2019: “We will rebuild the harbour before the next winter.”");
        Assert.Equal("Ruth Kane", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_pronoun_opening_the_clause_before_a_partial_quote_is_its_speaker()
    {
        var article = Read.Article("Tom Hale came back in June. That’s why he wanted to “go the extra mile” for the town.");
        Assert.Equal("he", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_dot_inside_a_web_address_does_not_end_the_sentence()
    {
        var article = Read.Article("“The polls are wrong,” Nate Sands, the analyst who founded pollcheck.com, said on Wednesday.");
        Assert.Equal("Nate Sands", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void State_initials_in_a_parenthesis_do_not_end_the_sentence()
    {
        var article = Read.Article("“They have nothing to fear,” Sen. Carla Moss (D-N.Y.) said Tuesday.");
        Assert.Equal("Carla Moss", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_subordinate_clause_has_its_own_subject()
    {
        var article = Read.Article("It recalled the 1992 convention, when Mr. Tom Hale, who had lost the primary, called for a “cultural war” on the left.");
        Assert.Equal("Tom Hale", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_new_sentence_that_goes_on_after_its_cue_does_not_report_the_quote_before_it()
    {
        var article = Read.Article("“Jobs are leaving our towns,” Mayor Ruth Kane said. “That is my whole campaign.” She said, twice, that she would not stop.");
        Assert.Equal("Ruth Kane", article.SpeakerEntity(article.Quotes[1]));
        Assert.NotEqual("She", article.SpeakerText(article.Quotes[1]));
    }

    [Fact]
    public void A_new_sentence_reports_the_quote_before_it_only_in_its_main_clause()
    {
        var article = Read.Article(
            "“Ferries first,” Mayor Ruth Kane wrote on May 2. “Ferries first, so do voters!” After her rally in Tromsø, Norway the mayor went a step further and portrayed her critics as paid.\n\n"
            + "“Vote early!” Her father, Tom Reyes, worried that voters limit the news they read.");
        Assert.Equal("Ruth Kane", article.SpeakerEntity(article.Quotes[1]));
        Assert.Null(article.Quotes[1].Cue);
        Assert.Null(article.Quotes[2].Cue);
    }

    [Fact]
    public void A_quote_handed_over_by_its_cue_and_ending_its_sentence_is_not_the_next_sentences()
    {
        var article = Read.Article("Tom Reyes emailed the mayor, telling her, “you are the best mayor we ever had!” She replied to him that it was an honour.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Tom Reyes", article.SpeakerText(quote));
        Assert.Equal("telling", article.CueText(quote));
    }

    [Fact]
    public void Mouthing_words_is_a_cue()
    {
        var article = Read.Article("Tom Reyes held up the sign — which read “Ferries 4 Ever” — and waved it around, mouthing “thank you” toward the crowd.");
        Assert.Equal(("Tom Reyes", "mouthing"), (article.SpeakerText(article.Quotes[1]), article.CueText(article.Quotes[1])));
    }

    [Fact]
    public void A_relative_clause_set_off_before_a_participle_does_not_give_it_its_subject()
    {
        var article = Read.Article("Kane, the harbour's mayor, also attacked Tom Reyes, with whom she clashed at Saturday's debate over the ferry, calling him a “loser.”");
        Assert.Equal("Kane", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_part_of_them_set_off_by_commas_is_not_the_subject()
    {
        var article = Read.Article("Her critics on the island, many of them fishermen, argue that the mayor is a “harbour tyrant” who ignores them.");
        Assert.Equal("Her critics", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_lowercase_as_is_not_part_of_the_speaker()
    {
        var article = Read.Article("The plan stalled in May, as the Harbour Gazette reported: “The council has no money left.”");
        Assert.Equal("the Harbour Gazette", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void The_subject_of_a_passive_cue_is_not_the_speaker()
    {
        var article = Read.Article("Mayor Ruth Kane defended her aide as a “loyal friend” on Monday, hours after the aide was charged with fraud.");
        Assert.NotEqual("the aide", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_passive_with_on_is_no_cue()
    {
        var article = Read.Article("The closures could be blamed on ''the business of selling houses,'' in the end.");
        Assert.Null(article.CueText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void The_agent_of_a_passive_cue_is_still_the_speaker()
    {
        var article = Read.Article("The Harbour Plan was criticized by the Dock Union as “a gift to the developers.”");
        Assert.Equal("the Dock Union", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_quote_set_off_by_dashes_takes_its_own_cue_over_the_sentence_report()
    {
        var article = Read.Article("Mayor Ruth Kane suggested that the plan was rushed - “We need the numbers first,” she said - and asked for a delay.");
        Assert.Equal("she", article.SpeakerText(Assert.Single(article.Quotes)));
        Assert.Equal("Ruth Kane", article.SpeakerEntity(article.Quotes[0]));
    }

    [Fact]
    public void A_clause_opening_the_sentence_is_not_the_speaker()
    {
        var article = Read.Article("When asked about the bridge, Tom Hale “bristled” and said, “No comment.”");
        Assert.Equal("Tom Hale", article.SpeakerText(article.Quotes[0]));
    }

    [Fact]
    public void An_adverb_opening_the_sentence_is_not_the_speaker_and_a_description_ends_at_its_verb()
    {
        var article = Read.Article("Shortly after the vote ended, the union sent out a statement saying the plan “will cost jobs.”");
        Assert.Equal("the union", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("Yes, the “law and order” issue, which the mayor raised, is back.")]
    [InlineData("No, the “law and order” issue, which the mayor raised, is not back.")]
    public void Yes_or_no_opening_the_sentence_is_no_one(string paragraph)
    {
        var article = Read.Article(paragraph);
        Assert.Null(article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void Only_between_a_modal_and_its_cue_belongs_to_the_cue()
    {
        var article = Read.Article("The schedule was so odd that a spokesman for the mayor could only quip: “I guess Monday was booked.”");
        Assert.Equal("a spokesman for the mayor", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_lone_another_after_an_inverted_cue_is_the_speaker()
    {
        var article = Read.Article("“Fix the bridge first,” one resident wrote on the town forum. “Better watch the tolls,” tweeted another.");
        Assert.Equal("another", article.SpeakerText(article.Quotes[1]));
    }

    [Fact]
    public void A_cue_in_a_clause_joined_after_the_quote_leaves_it_to_the_sentence_report_even_after_a_comma()
    {
        var article = Read.Article("The union had warned the council to stay “calm and patient,” but Mayor Ruth Kane said she would act at once.");
        Assert.Equal("The union", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void Idioms_and_adverbs_around_said_name_no_speaker()
    {
        var article = Read.Article("But “fixing the bridge” is easier said than done, and 70 percent agreed with the “new plan” while 24 percent said otherwise.");
        Assert.Equal(2, article.Quotes.Count);
        Assert.All(article.Quotes, quote => Assert.NotEqual("easier", article.SpeakerText(quote)));
        Assert.All(article.Quotes, quote => Assert.NotEqual("otherwise", article.SpeakerText(quote)));
    }

    [Fact]
    public void After_with_a_participle_cue_has_its_own_subject()
    {
        var article = Read.Article("The council was quick to respond, with Mayor Ruth Kane tweeting that the vote was a “disaster for the harbour.”");
        Assert.Equal("Ruth Kane", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("Councillors were irritated by the plan, with Sen. Ruth Kane calling it a “harbour of debts.”", "Ruth Kane")]
    [InlineData("Councillors tried to tie the mayor to the firm, with one of their ads asking, “Is Ruth Kane free enough to run the port?”", "one of their ads")]
    public void After_with_the_participles_subject_may_have_a_title_or_open_with_one(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        Assert.Equal(speaker, article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("Kane, the party's nominee in 2008, issued a statement after rival mayor Tom Ebel told a town hall in Salem, Oregon on Monday that the toll is “peanuts,” compared to the tax.", "Tom Ebel")]
    [InlineData("Kane, the party's nominee in 2008, issued a statement after Republican mayor Tom Ebel told a town hall in Salem, Oregon on Monday that the toll is “peanuts,” compared to the tax.", "Tom Ebel")]
    [InlineData("The council fined Tom Ebel 300 euros after the man wrote on his page that the toll should “burn” with the rest.", "the man")]
    public void A_cue_in_a_clause_after_a_subordinator_has_the_clauses_subject_not_the_sentences(string paragraph, string speaker)
    {
        var article = Read.Article(paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, article.SpeakerEntity(quote) ?? article.SpeakerText(quote));
    }

    [Fact]
    public void A_name_then_what_the_person_is_then_their_name_gives_the_person()
    {
        var article = Read.Article("Harbour Gazette columnist Ruth Kane, a former mayor, calls the plan “a harbour of debts.”");
        Assert.Equal("Ruth Kane", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void Shouting_and_chanting_are_cues()
    {
        var article = Read.Article("The hall erupted, with Mayor Ruth Kane reportedly yelling: “Sit down, all of you!”");
        Assert.Equal("Ruth Kane", article.SpeakerEntity(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_past_participle_opening_the_sentence_leaves_the_cue_to_the_name_after_it()
    {
        var article = Read.Article("Troubled by the delays, Mayor Ruth Kane, the city's first female mayor, said the port needed “a complete rethink of its budget.”");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Ruth Kane", article.SpeakerText(quote));
        Assert.Equal("Ruth Kane", article.SpeakerEntity(quote));
    }

    [Fact]
    public void A_noun_before_a_determiner_is_not_part_of_the_speaker()
    {
        var article = Read.Article("Mayor Ruth Kane promised “a harbour for everyone” - at which point the crowd chanted “Kane! Kane!”");
        Assert.Equal("the crowd", article.SpeakerText(article.Quotes[1]));
    }

    [Fact]
    public void A_relative_clause_between_the_subject_and_the_cue_is_passed_over_even_with_a_capital_in_it()
    {
        var article = Read.Article("Residents of the harbour who attended the Monday hearing said they wanted “answers, not slogans.”");
        Assert.Equal("Residents of the harbour", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_capitalised_do_opening_a_line_is_a_verb_not_a_speaker()
    {
        var article = Read.Article("Do well enough in the count to be named “among the leading contenders for the seat.”");
        Assert.Null(article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void A_heading_in_capitals_before_the_sentence_is_not_part_of_the_speaker()
    {
        var article = Read.Article("HARBOUR TEAM QUITS THE REGATTA VILLAGE The team cited “leaking pipes and broken locks” in its rooms.");
        Assert.Equal("The team", article.SpeakerText(Assert.Single(article.Quotes)));
    }

    [Fact]
    public void In_a_headline_in_title_case_the_speaker_is_what_comes_before_its_first_verb()
    {
        var article = Read.Article("Mayor Ruth Kane Says Harbour Plan Seems Like A ‘Bad Deal For Everyone.’");
        Assert.Equal("Ruth Kane", article.SpeakerEntity(Assert.Single(article.Quotes)));
        var noOne = Read.Article("Sends Harbour Board A Message It Never Saw Coming: ‘Pay Up Or Leave.’");
        Assert.Null(noOne.SpeakerText(Assert.Single(noOne.Quotes)));
    }

    [Fact]
    public void Before_a_colon_a_digest_credits_whom_it_quotes_from()
    {
        var article = Read.Article(
            "The mayor Ruth Kane wrote online. From Kane's Facebook post: “For the sake of our city, we must move on.”",
            "More from the harbour report: “In general, the older docks fared worse.”",
            "From Iowa, Tom Reyes said the vote was “a disgrace.”");
        Assert.Equal("Ruth Kane", article.SpeakerEntity(article.Quotes[0]));
        Assert.Equal("the harbour report", article.SpeakerText(article.Quotes[1]));
        Assert.Equal("Tom Reyes", article.SpeakerText(article.Quotes[2]));
    }
}
