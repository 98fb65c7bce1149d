using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using CorpusGen.Tests.Shared;
using Xunit;

namespace CorpusGen.Generators.Tests;

/// <summary>
/// Bad input never takes the corpus down: each named bad file gives its diagnostic and every other
/// article still generates; fuzzed seeds always compile and every text they yield round-trips exactly.
/// </summary>
public class RobustnessTests
{
    private const string Good = "Good news\n\n“We agree,” Maria Lopez said.";

    private static TestAdditionalText Bytes(string name, byte[] bytes) =>
        new(TestHelpers.SeedPath(name), SourceText.From(bytes, bytes.Length, Encoding.UTF8, canBeEmbedded: false));

    public static TheoryData<string, string?> BadInputs => new()
    {
        // file, the diagnostic it gives (null: none, it is just an odd article)
        { "empty", "CG3002" },
        { "whitespace", "CG3002" },
        { "binary", "CG3001" },
        { "invalid-utf8", null },
        { "twenty-megabytes", "CG3001" },
        { "five-megabyte-line", "CG3002" },
        { "many-quote-marks", "CG1001" },
        { "keyword-title", null },
        { "digit-title", null },
        { "same-title", "CG3003" },
        { "cr-only", null },
        { "bom", null },
    };

    private static TestAdditionalText Bad(string name) => name switch
    {
        "empty" => new(TestHelpers.SeedPath("empty.txt"), ""),
        "whitespace" => new(TestHelpers.SeedPath("whitespace.txt"), " \t\n\n  \r\n "),
        "binary" => Bytes("binary.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3 }),
        "invalid-utf8" => Bytes("invalid.txt", new byte[] { (byte)'T', (byte)'i', 0xC3, 0x28, (byte)'\n', (byte)'\n', 0xFF, 0xFE, (byte)'x' }),
        "twenty-megabytes" => new(TestHelpers.SeedPath("huge.txt"), "Huge\n\n" + new string('a', 20 * 1024 * 1024)),
        "five-megabyte-line" => new(TestHelpers.SeedPath("line.txt"), string.Concat(Enumerable.Repeat("word ", 1024 * 1024))),
        "many-quote-marks" => new(TestHelpers.SeedPath("marks.txt"), "Marks\n\n" + new string('“', 100_000)),
        "keyword-title" => new(TestHelpers.SeedPath("keyword.txt"), "namespace\n\nBody."),
        "digit-title" => new(TestHelpers.SeedPath("digit.txt"), "2024: a year\n\nBody."),
        "same-title" => new(TestHelpers.SeedPath("zz-same.txt"), Good),
        "cr-only" => new(TestHelpers.SeedPath("cr.txt"), "Carriage\r\r“Old Macs,” she said.\rDone."),
        "bom" => Bytes("bom.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("With a mark\n\nBody.")).ToArray()),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task A_bad_file_gives_its_diagnostic_and_the_rest_still_generates(string name, string? diagnostic)
    {
        var good = new TestAdditionalText(TestHelpers.SeedPath("good.txt"), Good);
        var bad = Bad(name);
        var (result, output) = TestHelpers.Run(new[] { good, bad });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(TestHelpers.Problems(output));
        Assert.Equal(3, result.Results.Single().GeneratedSources.Length);
        Assert.Contains(result.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("Article GoodNews => "));

        var analysis = TestHelpers.Compilation("class A { }").WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new SeedAnalyzer()),
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(good, bad), new TestOptionsProvider(TestHelpers.GlobalOptions())));
        var ids = (await analysis.GetAnalyzerDiagnosticsAsync(CancellationToken.None)).Select(d => d.Id).Distinct().ToArray();
        if (diagnostic is null) Assert.DoesNotContain(ids, id => id.StartsWith("CG3", StringComparison.Ordinal));
        else Assert.Contains(diagnostic, ids);
    }

    [Fact]
    public void A_fault_in_one_file_stays_with_that_file()
    {
        var good = new TestAdditionalText(TestHelpers.SeedPath("good.txt"), Good);
        var (result, output) = TestHelpers.Run(new AdditionalText[] { good, new ThrowingText(TestHelpers.SeedPath("broken.txt")) });
        Assert.Empty(result.Diagnostics);
        Assert.Empty(TestHelpers.Problems(output));
        Assert.Equal(3, result.Results.Single().GeneratedSources.Length);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var seeds = Enumerable.Range(0, 5).Select(i => new TestAdditionalText(TestHelpers.SeedPath($"{i}.txt"), Good)).ToArray();
        Assert.ThrowsAny<OperationCanceledException>(() => TestHelpers.Driver(seeds).RunGenerators(TestHelpers.Compilation("class A { }"), cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => CorpusGen.Core.ArticleReader.Read(Good, cancelled.Token));
    }

    /// <summary>
    /// Fuzzed seeds, a hundred to a compilation: the generated code always compiles without a warning and
    /// every article's text is exactly its seed. CORPUSGEN_FUZZ_CASES sets how many (2,000 by default).
    /// </summary>
    [Fact]
    public void Fuzzed_seeds_compile_and_round_trip()
    {
        long cases = FuzzTexts.Cases;
        const int perCompilation = 100;
        var batches = FuzzTexts.Texts.Array[perCompilation];
        batches.Sample(texts =>
        {
            // Every other seed goes the way a package build takes it: its bytes (UTF-8, some with a byte
            // order mark) embedded as a resource, its text as the compiler decodes those bytes. The rest
            // have their text, lone surrogates and all, written into the code.
            var expected = new string[texts.Length];
            var seeds = new TestAdditionalText[texts.Length];
            var files = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.Dictionary<string, string>>();
            var resources = new System.Collections.Generic.List<ResourceDescription>();
            for (int i = 0; i < texts.Length; i++)
            {
                var path = TestHelpers.SeedPath($"f{i:D3}.txt");
                if (i % 2 == 0)
                {
                    seeds[i] = new TestAdditionalText(path, texts[i]);
                    expected[i] = texts[i];
                    continue;
                }
                var bytes = (i % 4 == 1 ? Encoding.UTF8.GetPreamble() : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(texts[i])).ToArray();
                var text = SourceText.From(new System.IO.MemoryStream(bytes));
                seeds[i] = new TestAdditionalText(path, text);
                expected[i] = text.ToString();
                var name = $"CorpusGen.Seeds/seeds/f{i:D3}.txt";
                files[path] = new() { [SeedSelection.ResourceMetadata] = name };
                resources.Add(new ResourceDescription(name, () => new System.IO.MemoryStream(bytes), isPublic: true));
            }
            var (result, output) = TestHelpers.Run(seeds, new TestOptionsProvider(TestHelpers.GlobalOptions(), files));
            if (result.Diagnostics.Length > 0) throw new Exception(string.Join("\n", result.Diagnostics));
            var problems = TestHelpers.Problems(output);
            if (problems.Length > 0) throw new Exception(string.Join("\n", problems.Take(5)));
            var assembly = TestHelpers.Load(output, resources);
            var index = assembly.GetType("Test.News.Corpus", true)!.GetProperty("Index")!.GetValue(null)!;
            var articles = ((System.Collections.Generic.IEnumerable<CorpusGen.Article>)index.GetType().GetProperty("Articles")!.GetValue(index)!).ToList();
            foreach (var article in articles)
            {
                var i = int.Parse(article.SourceFile.Substring("seeds/f".Length, 3), System.Globalization.CultureInfo.InvariantCulture);
                if (article.Text != expected[i]) throw new Exception($"seed {i} does not round-trip");
                foreach (var quote in article.Quotes) _ = (quote.Text, quote.SpeakerText, quote.Cue);
                _ = (article.Title, article.Paragraphs, article.Metadata.Values);
            }
        }, iter: Math.Max(1, cases / perCompilation), threads: 1);
    }

    private sealed class ThrowingText : AdditionalText
    {
        public ThrowingText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new System.IO.IOException("disk on fire");
    }
}
