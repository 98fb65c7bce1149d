using System.IO;
using Xunit;

namespace CorpusGen.Api.Tests;

/// <summary>
/// The packed package, consumed the way a new user would: a console project in a temp folder that takes
/// CorpusGen from a local feed, a seed file in seeds/, build and run.
/// </summary>
[Collection(PackageCollection.Name)]
public class PackageTests
{
    private readonly PackedPackage _package;

    public PackageTests(PackedPackage package) => _package = package;

    [Fact]
    public void A_fresh_project_using_the_package_gets_the_typed_article_and_the_warnings()
    {
        Assert.True(File.Exists(Path.Combine(_package.Feed, $"CorpusGen.{_package.Version}.nupkg")));
        var app = _package.NewProject("App", "Exe", """
            using CorpusGen;
            using NewsApp;

            Article article = Corpus.Articles.ChinaMustStopSupportingRussiaNato;
            System.Console.WriteLine("title: " + article.Title);
            System.Console.WriteLine("section: " + article.Section);
            System.Console.WriteLine("quotes: " + article.Quotes.Count);
            System.Console.WriteLine("by NATO: " + Corpus.QuotesBy(Corpus.Organizations.Nato).Count);
            System.Console.WriteLine("stoltenberg: " + Corpus.People.JensStoltenberg.Title);
            System.Console.WriteLine("brief: " + Corpus.Articles.MarketsBrief.Paragraphs[0]);
            System.Console.WriteLine("resources: " + typeof(Corpus).Assembly.GetManifestResourceNames().Length);
            """);
        // A seed in a subfolder whose name looks like a culture (.en.txt): still embedded in the app itself.
        Directory.CreateDirectory(Path.Combine(app, "seeds", "briefs"));
        File.WriteAllText(Path.Combine(app, "seeds", "briefs", "markets.en.txt"), "Markets brief\r\n\r\nShares rose on Monday.\r\n");
        // The project also lists that seed as an additional file itself: it is still read once and embedded.
        var project = Path.Combine(app, "App.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "</Project>", """<ItemGroup><AdditionalFiles Include="seeds/briefs/markets.en.txt" /></ItemGroup></Project>"""));

        var output = DotnetCli.RunOk(app, "run", "--project", app);

        AssertArticles(output);
        Assert.Contains("000_18b1dbad23bf8012.txt(7,94): warning CG1003", output);
        Assert.Contains("000_18b1dbad23bf8012.txt(11,57): warning CG1006", output);
        Assert.False(Directory.Exists(Path.Combine(app, "bin", "Debug", "net10.0", "en")), "a seed went into a satellite assembly");
        Assert.Contains("resources: 2", output);

        // Opting out writes the texts into the code instead: the same articles, no resources.
        var inline = DotnetCli.RunOk(app, "run", "--project", app, "-p:CorpusGenEmbedSeeds=false");
        AssertArticles(inline);
        Assert.Contains("resources: 0", inline);
    }

    private static void AssertArticles(string output)
    {
        Assert.Contains("title: China must stop supporting Russia: NATO", output);
        Assert.Contains("section: International", output);
        Assert.Contains("quotes: 12", output);
        Assert.Contains("by NATO: 6", output);
        Assert.Contains("stoltenberg: Secretary-General", output);
        Assert.Contains("brief: Shares rose on Monday.", output);
    }
}
