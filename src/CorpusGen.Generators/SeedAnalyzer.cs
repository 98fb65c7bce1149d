using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Core;
using CorpusGen.Core.Naming;
using CorpusGen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generators;

/// <summary>
/// Reports what the core finds in each seed file (malformed quotations, unattributed quotes,
/// unreadable files) located in the file itself, plus article names that clash across files.
/// The generator reports nothing, so that it stays fast and cacheable.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SeedAnalyzer : DiagnosticAnalyzer
{
    public SeedAnalyzer() => WarmUp.Start();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnclosedQuotation,
        DiagnosticDescriptors.StrayClosingMark,
        DiagnosticDescriptors.NestedSameMarks,
        DiagnosticDescriptors.MismatchedMarks,
        DiagnosticDescriptors.EmptyQuotation,
        DiagnosticDescriptors.RepeatedWordAtBoundary,
        DiagnosticDescriptors.UnattributedQuote,
        DiagnosticDescriptors.UnreadableSeed,
        DiagnosticDescriptors.NoTitle,
        DiagnosticDescriptors.DuplicateArticleName);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var provider = start.Options.AnalyzerConfigOptionsProvider;
            var options = GeneratorOptions.From(provider.GlobalOptions);
            var seeds = start.Options.AdditionalFiles.Where(f => SeedSelection.IsSeed(f.Path, provider.GetOptions(f))).ToImmutableArray();
            var clashes = new Lazy<Dictionary<string, Clash>>(() => Clashes(seeds, options, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);

            start.RegisterAdditionalFileAction(fileContext =>
            {
                var file = fileContext.AdditionalFile;
                var fileOptions = provider.GetOptions(file);
                if (!SeedSelection.IsSeed(file.Path, fileOptions)) return;
                void Report(DiagnosticDescriptor rule, Location location, params object[] args)
                {
                    if (FileSeverity.Of(fileOptions, rule) is { } severity) fileContext.ReportDiagnostic(Diagnostic.Create(rule, location, severity, null, null, args));
                }

                var text = TextOf(file, fileContext.CancellationToken);
                if (text is null)
                {
                    Report(DiagnosticDescriptors.UnreadableSeed, Location.Create(file.Path, default, default), "the file could not be read");
                    return;
                }
                var model = SeedModels.Read(text, fileContext.CancellationToken);
                foreach (var finding in model.Findings)
                {
                    var span = new TextSpan(finding.Range.Start, finding.Range.Length);
                    Report(DiagnosticDescriptors.For(finding.Kind), Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span)), finding.Excerpt);
                }
                if (clashes.Value.TryGetValue(file.Path, out var clash))
                {
                    var span = model.Title is { } title ? new TextSpan(title.Start, title.Length) : default;
                    Report(DiagnosticDescriptors.DuplicateArticleName, Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span)), clash.Wished, clash.OtherFile, clash.Given);
                }
            });
        });
    }

    /// <summary>The seed's text, or null when the file cannot be opened (reported as unreadable, never thrown).</summary>
    private static SourceText? TextOf(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            return file.GetText(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    private sealed record Clash(string Wished, string OtherFile, string Given);

    /// <summary>
    /// Each seed whose name was taken by an earlier file (in path order, as the generator orders them),
    /// keyed by path.
    /// </summary>
    private static Dictionary<string, Clash> Clashes(ImmutableArray<AdditionalText> seeds, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var named = new List<(string SourceFile, string Path, string Wished)>();
        foreach (var seed in seeds)
        {
            var model = SeedModels.Read(TextOf(seed, cancellationToken), cancellationToken);
            var stem = System.IO.Path.GetFileNameWithoutExtension(seed.Path);
            named.Add((SeedReader.SourceFile(seed.Path, options.ProjectDirectory), seed.Path, ArticleNames.Wished(model, stem)));
        }
        named.Sort((a, b) => string.CompareOrdinal(a.SourceFile, b.SourceFile));
        var clashes = new Dictionary<string, Clash>(StringComparer.Ordinal);
        foreach (var clash in ArticleNames.Clashes(named.Select(n => n.Wished).ToList()))
        {
            clashes[named[clash.Index].Path] = new Clash(clash.Wished, named[clash.Owner].SourceFile, clash.Given);
        }
        return clashes;
    }
}
