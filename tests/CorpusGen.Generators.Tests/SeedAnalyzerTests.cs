using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CorpusGen.Generators.Tests;

public class SeedAnalyzerTests
{
    private static CompilationWithAnalyzers Analyze(params AdditionalText[] files) =>
        TestHelpers.Compilation("class A { }").WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new SeedAnalyzer()),
            new AnalyzerOptions(files.ToImmutableArray(), new TestOptionsProvider(TestHelpers.GlobalOptions())));

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Id}";
    }

    [Fact]
    public async Task The_seed_gives_exactly_its_two_findings_located_in_the_text_file()
    {
        var seed = new TestAdditionalText(TestHelpers.SeedPath("000_18b1dbad23bf8012.txt"), TestHelpers.SeedText("000_18b1dbad23bf8012.txt"));
        var diagnostics = await Analyze(seed).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.Equal(
            new[] { "000_18b1dbad23bf8012.txt(7,94): CG1003", "000_18b1dbad23bf8012.txt(11,57): CG1006" },
            diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(Describe).ToArray());
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public async Task Diagnostics_come_for_one_additional_file_without_a_build_as_in_the_ide()
    {
        var good = new TestAdditionalText(TestHelpers.SeedPath("good.txt"), "Good\n\n“We agree,” Maria Lopez said.");
        var bad = new TestAdditionalText(TestHelpers.SeedPath("bad.txt"), "Bad\n\nThe mayor said “we will build it.");
        var result = await Analyze(good, bad).GetAnalysisResultAsync(bad, CancellationToken.None);
        var diagnostics = result.GetAllDiagnostics();
        Assert.Equal(new[] { "bad.txt(3,16): CG1001" }, diagnostics.Select(Describe).ToArray());
    }

    [Fact]
    public async Task Two_files_with_one_title_report_the_clash_on_the_later_file()
    {
        var a = new TestAdditionalText(TestHelpers.SeedPath("a.txt"), "Same title\n\nOne.");
        var b = new TestAdditionalText(TestHelpers.SeedPath("b.txt"), "Same title\n\nTwo.");
        var diagnostics = await Analyze(b, a).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var clash = Assert.Single(diagnostics);
        Assert.Equal("b.txt(1,1): CG3003", Describe(clash));
        Assert.Contains("SameTitle2", clash.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("seeds/a.txt", clash.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Files_that_are_not_seeds_are_not_analyzed()
    {
        var json = new TestAdditionalText("/project/stylecop.json", "{ “unclosed");
        var diagnostics = await Analyze(json).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.Empty(diagnostics);
        Assert.Equal(0, json.Reads);
    }
}
