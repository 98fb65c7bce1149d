using System.Linq;
using CorpusGen.Core;
using Xunit;

namespace CorpusGen.Generators.Tests;

public class WarmUpTests
{
    // The warm-up only pays off if its article makes the runtime compile what the seeds will need: if the
    // reader changes so that this article no longer reaches a path, the compiling moves back into the build.
    [Fact]
    public void The_warm_up_article_takes_the_reader_along_its_main_paths()
    {
        var article = ArticleReader.Read(WarmUp.Article);
        string Of(TextRange range) => range.Slice(article.Text);
        string Entity(int index) => article.Entities[index].Name;

        Assert.Equal("Harbour council backs new ferry link: mayor", article.TitleText);
        Assert.Equal("Europe", Of(article.Section!.Value));
        Assert.NotNull(article.Byline);
        Assert.NotNull(article.Dateline);
        Assert.Equal(2, article.RelatedLinks.Count);
        Assert.Empty(article.Findings);

        var kinds = article.Quotes.Select(quote => quote.Kind).Distinct().OrderBy(kind => kind);
        Assert.Equal(new[] { Core.QuoteKind.Speech, Core.QuoteKind.Partial, Core.QuoteKind.ScareQuote }, kinds);
        var credited = article.Quotes
            .Where(quote => quote.Speaker is { Entity: >= 0 })
            .Select(quote => (Speaker: Of(quote.Speaker!.Value.Mention), Entity: Entity(quote.Speaker!.Value.Entity)))
            .ToList();
        Assert.Contains(("Ana Costa", "Ana Costa"), credited);        // "said Mayor Ana Costa": inverted, trimmed to the name
        Assert.Contains(("He", "Paul Ward"), credited);               // a pronoun
        Assert.Contains(("the NFA", "Northern Ferry Association"), credited); // an acronym defined earlier
        Assert.Contains(article.Quotes, quote => quote.Cue is { } cue && Of(cue) == "According to");
        Assert.Contains(article.Quotes, quote => quote.Range.Slice(article.Text).Contains("\n\n"));     // continued over paragraphs
        Assert.Contains(article.Quotes, quote => quote.Depth == 1 && Of(quote.Content) == "a done deal"); // nested with the other marks
        Assert.Contains(article.Entities, entity => entity.Kind == Core.EntityKind.Place && entity.Aliases.Contains("French"));
    }

    // Start swallows faults (a warm-up must never cost a build); Run is what it runs, so a fault shows here.
    [Fact]
    public void Warming_up_reads_and_emits_without_fault() => WarmUp.Run();
}
