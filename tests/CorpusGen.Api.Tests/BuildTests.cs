using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace CorpusGen.Api.Tests;

/// <summary>
/// What `dotnet build` prints for seed files, and how the usual switches change it: NoWarn,
/// WarningsAsErrors, .globalconfig, per-file .editorconfig sections, and a SARIF error log. The build's
/// findings must be the ones `corpusgen lint` prints.
/// </summary>
[Collection(PackageCollection.Name)]
public class BuildTests
{
    private const string Seed = "seeds/000_18b1dbad23bf8012.txt";
    private readonly PackedPackage _package;

    public BuildTests(PackedPackage package) => _package = package;

    private static string[] Findings(string output) =>
        Regex.Matches(output, @"(seeds/[^\s(]+\.txt)\((\d+),(\d+)\): (warning|error) (CG\d{4})")
            .Select(m => $"{m.Groups[1].Value}({m.Groups[2].Value},{m.Groups[3].Value}): {m.Groups[4].Value} {m.Groups[5].Value}")
            .Distinct()
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .ToArray();

    private static (int Exit, string[] Findings) Build(string app, params string[] properties)
    {
        var (exit, output) = DotnetCli.Run(app, ["build", "--no-incremental", "-nologo", .. properties]);
        return (exit, Findings(output.Replace(app + Path.DirectorySeparatorChar, "").Replace('\\', '/')));
    }

    [Fact]
    public void Build_prints_located_warnings_that_the_usual_switches_configure()
    {
        var app = _package.NewProject("Lib", "Library", "namespace NewsApp { public static class Use { public static int Count => Corpus.Index.Articles.Count; } }");
        DotnetCli.RunOk(app, "restore");

        var plain = Build(app);
        Assert.Equal(0, plain.Exit);
        Assert.Equal(new[] { $"{Seed}(11,57): warning CG1006", $"{Seed}(7,94): warning CG1003" }, plain.Findings);

        // corpusgen lint prints the same findings as the build.
        var lint = new StringWriter();
        Assert.Equal(0, CorpusGen.Cli.Program.Run(["lint", Path.Combine(app, "seeds")], lint, new StringWriter()));
        Assert.Equal(plain.Findings, Findings(lint.ToString().Replace(app + Path.DirectorySeparatorChar, "").Replace('\\', '/')));

        var noWarn = Build(app, "-p:NoWarn=CG1003");
        Assert.Equal(new[] { $"{Seed}(11,57): warning CG1006" }, noWarn.Findings);

        var asErrors = Build(app, "-p:WarningsAsErrors=CG1006");
        Assert.NotEqual(0, asErrors.Exit);
        Assert.Contains($"{Seed}(11,57): error CG1006", asErrors.Findings);

        var globalConfig = Path.Combine(app, ".globalconfig");
        File.WriteAllText(globalConfig, "is_global = true\ndotnet_diagnostic.CG1003.severity = none\ndotnet_diagnostic.CG1006.severity = error\n");
        var global = Build(app);
        File.Delete(globalConfig);
        Assert.NotEqual(0, global.Exit);
        Assert.Equal(new[] { $"{Seed}(11,57): error CG1006" }, global.Findings);

        var editorConfig = Path.Combine(app, ".editorconfig");
        File.WriteAllText(editorConfig, "root = true\n\n[seeds/*.txt]\ncorpusgen_diagnostic.CG1003.severity = none\n");
        var perFile = Build(app);
        File.Delete(editorConfig);
        Assert.Equal(new[] { $"{Seed}(11,57): warning CG1006" }, perFile.Findings);

        var sarif = Path.Combine(app, "build.sarif");
        Build(app, "-p:ErrorLog=" + sarif);
        var log = File.ReadAllText(sarif);
        Assert.Contains("\"CG1003\"", log);
        Assert.Contains("\"CG1006\"", log);
    }
}
