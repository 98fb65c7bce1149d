using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CorpusGen.Generators.Tests;

public class SeedSelectionTests
{
    [Fact]
    public void Only_seed_files_are_read()
    {
        var seed = new TestAdditionalText(TestHelpers.SeedPath("a.txt"), "A\n\nBody.");
        var json = new TestAdditionalText("/project/stylecop.json", "{ \"settings\": {} }");
        var optedOut = new TestAdditionalText("/project/notes.txt", "Notes\n\nNot an article.");
        var optedIn = new TestAdditionalText("/project/article.md", "Markdown article\n\nBody.");
        var options = new TestOptionsProvider(TestHelpers.GlobalOptions(), new Dictionary<string, Dictionary<string, string>>
        {
            [optedOut.Path] = new() { [SeedSelection.SeedMetadata] = "false" },
            [optedIn.Path] = new() { [SeedSelection.SeedMetadata] = "true" },
        });

        var (result, output) = TestHelpers.Run(new[] { seed, json, optedOut, optedIn }, options);

        Assert.Empty(TestHelpers.Problems(output));
        Assert.Equal(0, json.Reads);
        Assert.Equal(0, optedOut.Reads);
        Assert.True(seed.Reads > 0 && optedIn.Reads > 0);
        Assert.Equal(3, result.Results.Single().GeneratedSources.Length);
    }

    [Theory]
    [InlineData("My.News", null, "My.News")]
    [InlineData(null, "Root.Space", "Root.Space")]
    [InlineData("2nd-try.class", null, "_2nd_try.@class")]
    [InlineData(null, null, "CorpusGen.Generated")]
    public void Namespace_comes_from_CorpusGenNamespace_then_RootNamespace(string? configured, string? root, string expected)
    {
        var global = new Dictionary<string, string>();
        if (configured is not null) global["build_property.CorpusGenNamespace"] = configured;
        if (root is not null) global["build_property.RootNamespace"] = root;
        var (result, output) = TestHelpers.Run(new[] { new TestAdditionalText("/p/a.txt", "A\n\nB.") }, new TestOptionsProvider(global));
        Assert.Empty(TestHelpers.Problems(output));
        Assert.All(result.Results.Single().GeneratedSources, s => Assert.Contains("namespace " + expected + "\n", s.SourceText.ToString()));
    }
}
