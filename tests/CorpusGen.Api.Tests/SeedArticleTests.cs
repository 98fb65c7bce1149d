using System.Linq;
using CorpusGen.Api.Tests.Seeds;
using Xunit;

namespace CorpusGen.Api.Tests;

/// <summary>The seed article, through the generated API, as the foundation issue's table gives it.</summary>
public class SeedArticleTests
{
    private static readonly Article Seed = Corpus.Articles.ChinaMustStopSupportingRussiaNato;

    [Fact]
    public void Layout()
    {
        Assert.Equal("China must stop supporting Russia: NATO", Seed.Title);
        Assert.Equal("International", Seed.Section);
        Assert.Equal(new[] { "Home", "International" }, Seed.Breadcrumb);
        Assert.Equal(13, Seed.Paragraphs.Count);
        Assert.DoesNotContain(Seed.Paragraphs, p => p == Seed.Title || p.StartsWith("Also Read", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Why China is conducting military drills near Ukraine" }, Seed.RelatedLinks);
        Assert.StartsWith("NATO has accused China", Seed.Lead);
        Assert.Equal("../../seeds/000_18b1dbad23bf8012.txt", Seed.SourceFile);
    }

    public static TheoryData<int, string, QuoteKind, bool, string?, string?, string?> Table => new()
    {
        // line, quote begins, kind, nested, speaker entity, speaker text, cue
        { 5, "decisive enabler", QuoteKind.Partial, false, "North Atlantic Treaty Organization", "NATO", "accused" },
        { 5, "no limits", QuoteKind.ScareQuote, false, null, null, null },
        { 7, "The PRC has become", QuoteKind.Speech, false, "North Atlantic Treaty Organization", "leaders of the 32-member North Atlantic Treaty Organization (NATO)", "said" },
        { 7, "no limits", QuoteKind.ScareQuote, true, null, null, null },
        { 9, "deep concern", QuoteKind.Partial, false, "North Atlantic Treaty Organization", "NATO", "accused" },
        { 11, "to cease all", QuoteKind.Partial, false, "North Atlantic Treaty Organization", "the NATO leaders", "urged" },
        { 13, "This includes", QuoteKind.Speech, false, "North Atlantic Treaty Organization", "they", "said" },
        { 15, "cannot enable", QuoteKind.Partial, false, "North Atlantic Treaty Organization", "the alliance", "reportedly said" },
        { 23, "I think the message", QuoteKind.Speech, false, "Jens Stoltenberg", "Jens Stoltenberg", "was quoted as saying" },
        { 25, "The People’s Republic", QuoteKind.Speech, false, "Summit declaration", "the Summit declaration", "said" },
        { 27, "We are confronted", QuoteKind.Speech, false, "Summit declaration", "it", "said" },
        { 31, "Terrorism, in all", QuoteKind.Speech, false, "Summit declaration", "it", "said" },
    };

    [Fact]
    public void Twelve_quotes_in_text_order()
    {
        Assert.Equal(Table.Count(), Seed.Quotes.Count);
        Assert.Equal(Seed.Quotes.OrderBy(q => q.Start).ToList(), Seed.Quotes.ToList());
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_quote_of_the_table(int line, string begins, QuoteKind kind, bool nested, string? speaker, string? speakerText, string? cue)
    {
        var quote = Assert.Single(Seed.Quotes, q => q.Line == line && q.Text.StartsWith(begins, System.StringComparison.Ordinal) && q.IsNested == nested);
        Assert.Equal(kind, quote.Kind);
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(speakerText, quote.SpeakerText);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(Seed.Text.Substring(quote.Start + 1, quote.Text.Length), quote.Text);
    }

    [Fact]
    public void Quote_positions_point_into_the_seed_file()
    {
        var nested = Seed.Quotes.Single(q => q.IsNested);
        Assert.Equal((7, 94), (nested.Line, nested.Column));
        Assert.Equal(1, nested.ParagraphIndex);
        var lines = Seed.Text.Split('\n');
        Assert.All(Seed.Quotes, q => Assert.Equal('“', lines[q.Line - 1][q.Column - 1]));
    }

    [Fact]
    public void The_text_comes_from_the_seed_file_embedded_in_the_assembly()
    {
        // The package's targets embed each seed; the generated code holds offsets, not the text.
        const string resource = "CorpusGen.Seeds/../../seeds/000_18b1dbad23bf8012.txt";
        Assert.Contains(resource, typeof(Corpus).Assembly.GetManifestResourceNames());
        var onDisk = System.IO.File.ReadAllText(System.IO.Path.Combine(DotnetCli.RepositoryRoot(), "seeds", "000_18b1dbad23bf8012.txt"));
        Assert.Equal(onDisk, Seed.Text);
    }

    [Fact]
    public void Typed_entities_resolve_and_carry_their_names()
    {
        Organization nato = Corpus.Organizations.Nato;
        Assert.Equal("North Atlantic Treaty Organization", nato.Name);
        Assert.Equal("NATO", nato.Acronym);
        Assert.Equal("UNSC", Corpus.Organizations.Unsc.Acronym);
        Assert.Equal("United Nations Security Council", Corpus.Organizations.Unsc.Name);

        Person stoltenberg = Corpus.People.JensStoltenberg;
        Assert.Equal("Secretary-General", stoltenberg.Title);
        Assert.Equal("NATO", stoltenberg.Affiliation);

        Place china = Corpus.Places.China;
        Assert.True(china.IsNamed("PRC"));
        Assert.True(china.IsNamed("People’s Republic of China"));

        var places = new Entity[]
        {
            Corpus.Places.Russia, Corpus.Places.Ukraine, Corpus.Places.Washington, Corpus.Places.Australia,
            Corpus.Places.Japan, Corpus.Places.NewZealand, Corpus.Places.SouthKorea, Corpus.Places.Europe,
        };
        Assert.All(places.Append(china).Append(nato).Append(stoltenberg), e => Assert.Contains(e, Seed.Entities));
    }

    [Fact]
    public void Quotes_by_an_entity_across_the_corpus()
    {
        var byNato = Corpus.QuotesBy(Corpus.Organizations.Nato);
        Assert.Equal(6, byNato.Count);
        Assert.All(byNato, q => Assert.Same(Corpus.Organizations.Nato, q.Speaker));
        Assert.Single(Corpus.QuotesBy(Corpus.People.JensStoltenberg));
        Assert.Equal(3, Corpus.QuotesBy(Corpus.Documents.SummitDeclaration).Count);
        Assert.Same(Seed, Corpus.Index.ArticlesMentioning(Corpus.Places.Japan).Single());
    }
}
