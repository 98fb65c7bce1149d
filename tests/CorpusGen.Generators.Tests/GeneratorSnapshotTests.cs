using System.Linq;
using Xunit;

namespace CorpusGen.Generators.Tests;

public class GeneratorSnapshotTests
{
    [Fact]
    public void Seed_article_and_corpus_index()
    {
        var seed = new TestAdditionalText(TestHelpers.SeedPath("000_18b1dbad23bf8012.txt"), TestHelpers.SeedText("000_18b1dbad23bf8012.txt"));
        var (result, output) = TestHelpers.Run(new[] { seed });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(TestHelpers.Problems(output));
        var sources = result.Results.Single().GeneratedSources;
        Assert.Equal(2, sources.Length);
        foreach (var source in sources)
        {
            Snapshot.Verify(source.SourceText.ToString(), source.HintName);
        }
    }

    [Fact]
    public void Empty_corpus_still_declares_the_api()
    {
        var (result, output) = TestHelpers.Run(System.Array.Empty<TestAdditionalText>(), null,
            "class Use { object M() => Test.News.Corpus.Index.Articles.Count + Test.News.Corpus.Index.Entities.Count; }");
        Assert.Empty(TestHelpers.Problems(output));
        var source = Assert.Single(result.Results.Single().GeneratedSources);
        Snapshot.Verify(source.SourceText.ToString(), source.HintName);
    }
}
