using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using CorpusGen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Benchmarks;

/// <summary>Seeds from disk as additional files, options as MSBuild passes them.</summary>
public sealed class FileText : AdditionalText
{
    private readonly SourceText _text;

    public FileText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

public sealed class Options : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions Empty = new Values(new Dictionary<string, string>());

    public Options(string projectDirectory) => GlobalOptions = new Values(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "App",
        ["build_property.MSBuildProjectDirectory"] = projectDirectory,
    });

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    /// <summary>Every seed embedded as a resource, as the package's targets do.</summary>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new Values(new Dictionary<string, string> { [SeedSelection.ResourceMetadata] = "CorpusGen.Seeds/" + System.IO.Path.GetFileName(textFile.Path) });

    private sealed class Values : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Values(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>
/// Where the time of a build with many seeds goes, in process: the generator cold, again after a C#
/// edit and after a seed edit, then the compiler's own work on the generated code.
/// </summary>
public static class DriverTimes
{
    public static int Run(string folder, int warmUps)
    {
        // Each warm-up run gets its own texts, because the generator keeps each text's model and would
        // otherwise not read the measured run's seeds at all.
        ImmutableArray<AdditionalText> Load() => Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (AdditionalText)new FileText(f, SourceText.From(File.ReadAllText(f), System.Text.Encoding.UTF8)))
            .ToImmutableArray();
        var seeds = Load();
        var compilation = CSharpCompilation.Create("App",
            new[] { CSharpSyntaxTree.ParseText("class Program { static void Main() => System.Console.WriteLine(App.Corpus.Index.Articles.Count); }") },
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(CorpusGen.Article).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        GeneratorDriver NewDriver(ImmutableArray<AdditionalText> texts) => CSharpGeneratorDriver.Create(new[] { new CorpusGenerator().AsSourceGenerator() }, texts, parse, new Options(folder));

        // Warm the JIT on throwaway runs so that "cold" means a cold generator, not a cold process. In a
        // new process the runtime takes several runs to finish optimising the reader, so each is shown.
        for (int run = 0; run < warmUps; run++)
        {
            var warming = Stopwatch.StartNew();
            long m0 = System.Runtime.JitInfo.GetCompiledMethodCount(); var j0 = System.Runtime.JitInfo.GetCompilationTime();
            NewDriver(Load()).RunGenerators(compilation);
            Console.WriteLine($"warm-up run {run + 1}:            {warming.Elapsed.TotalMilliseconds,8:F0} ms  JIT {System.Runtime.JitInfo.GetCompiledMethodCount() - m0} methods {(System.Runtime.JitInfo.GetCompilationTime() - j0).TotalMilliseconds:F0} ms");
        }

        var clock = Stopwatch.StartNew();
        var driver = NewDriver(seeds).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var cold = clock.Elapsed;

        clock.Restart();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }", parse));
        driver = driver.RunGenerators(edited);
        var afterCSharpEdit = clock.Elapsed;

        var first = seeds[0];
        var changed = new FileText(first.Path, SourceText.From(first.GetText()!.ToString() + "\nOne more paragraph.", System.Text.Encoding.UTF8));
        clock.Restart();
        driver = driver.ReplaceAdditionalText(first, changed).RunGenerators(edited);
        var afterSeedEdit = clock.Elapsed;

        clock.Restart();
        var diagnostics = output.GetDiagnostics();
        var bind = clock.Elapsed;
        clock.Restart();
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        var emitTime = clock.Elapsed;

        Console.WriteLine($"seeds: {seeds.Length}");
        var generated = driver.GetRunResult().GeneratedTrees;
        Console.WriteLine($"generated: {generated.Length} sources, {generated.Sum(t => (long)t.Length) / 1000} thousand characters");
        Console.WriteLine($"generator, cold:            {cold.TotalMilliseconds,8:F0} ms");
        Console.WriteLine($"generator, after a C# edit: {afterCSharpEdit.TotalMilliseconds,8:F0} ms");
        Console.WriteLine($"generator, after a seed edit: {afterSeedEdit.TotalMilliseconds,6:F0} ms");
        Console.WriteLine($"compiler, bind and check:   {bind.TotalMilliseconds,8:F0} ms ({diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors)");
        Console.WriteLine($"compiler, emit:             {emitTime.TotalMilliseconds,8:F0} ms ({stream.Length / 1e6:F1} MB assembly, success: {emit.Success})");
        return emit.Success ? 0 : 1;
    }
}
