using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generators.Tests;

/// <summary>An additional file held in memory.</summary>
internal sealed class TestAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public TestAdditionalText(string path, string text) : this(path, SourceText.From(text, System.Text.Encoding.UTF8))
    {
    }

    public TestAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public int Reads { get; private set; }

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        Reads++;
        return _text;
    }
}

/// <summary>Options as MSBuild would pass them: global properties and per-file metadata.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Dictionary<string, string>> _files;

    public TestOptionsProvider(Dictionary<string, string> global, Dictionary<string, Dictionary<string, string>>? files = null)
    {
        GlobalOptions = new TestOptions(global);
        _files = files ?? new();
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new TestOptions(new());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new TestOptions(_files.TryGetValue(textFile.Path, out var values) ? values : new());

    private sealed class TestOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public TestOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

internal static class TestHelpers
{
    public const string ProjectDir = "/project";

    public static string SeedPath(string name) => ProjectDir + "/seeds/" + name;

    public static string SeedText(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", fileName));

    public static Dictionary<string, string> GlobalOptions(string? ns = "Test.News") => new()
    {
        ["build_property.CorpusGenNamespace"] = ns ?? "",
        ["build_property.MSBuildProjectDirectory"] = ProjectDir,
    };

    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
        Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(CorpusGen.Article).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> seeds, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            seeds,
            new CSharpParseOptions(LanguageVersion.Latest),
            options ?? new TestOptionsProvider(GlobalOptions()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over seeds and returns its result and the compiled output.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<AdditionalText> seeds, AnalyzerConfigOptionsProvider? options = null, params string[] sources)
    {
        var driver = Driver(seeds, options).RunGeneratorsAndUpdateCompilation(Compilation(sources), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Errors and warnings of the compiled output, as text for a readable failure.</summary>
    public static string[] Problems(Compilation output) =>
        output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToArray();

    /// <summary>Compiles and loads the output, so generated members can be called for real.</summary>
    public static System.Reflection.Assembly Load(Compilation output, IEnumerable<ResourceDescription>? resources = null)
    {
        using var stream = new MemoryStream();
        var emit = output.Emit(stream, manifestResources: resources);
        if (!emit.Success) throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true);
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }

    public static object? StaticProperty(System.Reflection.Assembly assembly, string typeName, string property) =>
        assembly.GetType(typeName, throwOnError: true)!.GetProperty(property)!.GetValue(null);
}
