using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CorpusGen.Cli.Tests;

/// <summary>Pins the JSON that `corpusgen extract --json` prints, as the README documents it.</summary>
public class ExtractSchemaTests
{
    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void Article_quote_speaker_cue_entity_and_diagnostic_fields()
    {
        using var json = Cli.Extract(Cli.SeedFolder);
        var article = json.RootElement.GetProperty("articles").EnumerateArray().Single();
        Assert.Equal(new[] { "file", "title", "section", "paragraphs", "quotes", "entities", "diagnostics" }, Names(article));
        Assert.Equal(new[] { "start", "end" }, Names(article.GetProperty("paragraphs")[0]));

        var quotes = article.GetProperty("quotes").EnumerateArray().ToList();
        Assert.All(quotes, q => Assert.Equal(new[] { "start", "end", "text", "kind", "depth", "line", "column", "speaker", "cue", "embedded" }, Names(q)));
        Assert.All(quotes, q => Assert.Contains(q.GetProperty("kind").GetString(), new[] { "speech", "partial", "scare" }));
        var first = quotes[0];
        Assert.Equal(new[] { "start", "end", "text", "entity" }, Names(first.GetProperty("speaker")));
        Assert.Equal(new[] { "start", "end", "text" }, Names(first.GetProperty("cue")));
        Assert.Equal(JsonValueKind.Null, quotes[1].GetProperty("speaker").ValueKind);

        var nato = article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "North Atlantic Treaty Organization");
        Assert.Equal(new[] { "name", "type", "acronym", "aliases", "mentions" }, Names(nato));
        Assert.Equal("organization", nato.GetProperty("type").GetString());
        Assert.Equal(new[] { "kind", "start", "end" }, Names(article.GetProperty("diagnostics")[0]));
    }

    [Fact]
    public void Offsets_are_utf16_offsets_into_the_text_with_the_marks_included()
    {
        var text = System.IO.File.ReadAllText(System.IO.Path.Combine(Cli.SeedFolder, "000_18b1dbad23bf8012.txt"));
        using var json = Cli.Extract(Cli.SeedFolder);
        var quote = json.RootElement.GetProperty("articles")[0].GetProperty("quotes")[0];
        int start = quote.GetProperty("start").GetInt32(), end = quote.GetProperty("end").GetInt32();
        Assert.Equal("“decisive enabler”", text.Substring(start, end - start));
        Assert.Equal("decisive enabler", quote.GetProperty("text").GetString());
        var speaker = quote.GetProperty("speaker");
        Assert.Equal("NATO", text.Substring(speaker.GetProperty("start").GetInt32(), speaker.GetProperty("end").GetInt32() - speaker.GetProperty("start").GetInt32()));
    }

    [Fact]
    public void A_quotation_inside_another_is_listed_in_its_embedded_not_among_the_article_quotes()
    {
        var folder = Path.Combine(Path.GetTempPath(), "corpusgen-embedded-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"),
                "Harbour talks\n\n“Out of nowhere, she said, ‘If we do nothing, all bets are off,’ and left,” the mayor said. “We agreed.”\n");
            using var json = Cli.Extract(folder);
            var quotes = json.RootElement.GetProperty("articles")[0].GetProperty("quotes").EnumerateArray().ToList();
            Assert.Equal(2, quotes.Count);
            Assert.All(quotes, q => Assert.Equal(0, q.GetProperty("depth").GetInt32()));
            var inner = Assert.Single(quotes[0].GetProperty("embedded").EnumerateArray());
            Assert.Equal("If we do nothing, all bets are off,", inner.GetProperty("text").GetString());
            Assert.Equal(1, inner.GetProperty("depth").GetInt32());
            Assert.Empty(inner.GetProperty("embedded").EnumerateArray());
            Assert.Empty(quotes[1].GetProperty("embedded").EnumerateArray());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Stats_report_throughput()
    {
        var (exit, output, error) = Cli.Run("extract", Cli.SeedFolder, "--json", "--stats");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var stats = json.RootElement.GetProperty("stats");
        Assert.Equal(1, stats.GetProperty("files").GetInt32());
        Assert.True(stats.GetProperty("megabytesPerSecond").GetDouble() > 0);
        Assert.Contains("MB/s", error);
    }

    [Theory]
    [InlineData(new[] { "extract" }, 2)]
    [InlineData(new[] { "extract", "no/such/folder" }, 2)]
    [InlineData(new[] { "extract", ".", "--nope" }, 2)]
    [InlineData(new[] { "frobnicate", "." }, 2)]
    public void Bad_arguments_say_what_is_wrong_and_exit_2(string[] args, int exit)
    {
        var result = Cli.Run(args);
        Assert.Equal(exit, result.Exit);
        Assert.StartsWith("corpusgen: ", result.Error);
    }
}
