using System;
using CorpusGen.Generators.Emit;
using CorpusGen.Generators.Model;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generators;

/// <summary>
/// Seed articles in, typed corpus out. Only the pipeline lives here: reading is the core's
/// (<see cref="SeedReader"/>), writing the emitters'. Every step holds values only, so each seed is
/// read once and re-read only when it changes; C# edits touch none of it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var seedFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => SeedSelection.IsSeed(pair.Left.Path, pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, _) => (File: pair.Left, Resource: SeedSelection.Resource(pair.Right.GetOptions(pair.Left))))
            .WithTrackingName(TrackingNames.SeedFiles);

        // Every seed read ahead on all cores; the step's value is always the same, so nothing downstream
        // of it reruns, and the per-file step below finds each model read (SeedModels keeps it with its text).
        var readAhead = seedFiles
            .Select(static (seed, _) => seed.File)
            .Collect()
            .Select(static (files, cancellationToken) =>
            {
                SeedModels.ReadAhead(files, cancellationToken);
                return true;
            })
            .WithTrackingName(TrackingNames.ReadAhead);

        var articles = seedFiles
            .Combine(options)
            .Combine(readAhead)
            .Select(static (pair, cancellationToken) => SeedReader.Read(pair.Left.Left.File, pair.Left.Left.Resource, pair.Left.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Articles);

        // Only an article whose text is not embedded needs a source of its own (to hold the text).
        var articleSources = articles
            .Where(static seed => seed.TextResource is null)
            .Combine(options)
            .WithTrackingName(TrackingNames.ArticleSources);
        context.RegisterSourceOutput(articleSources, static (spc, pair) =>
            Generate(spc, pair.Left.SourceFile, ArticleEmitter.HintName(pair.Left), () => ArticleEmitter.Emit(pair.Left, pair.Right)));

        var index = articles
            .Select(static (seed, _) => ArticleSummary.From(seed))
            .WithTrackingName(TrackingNames.Summaries)
            .Collect()
            .Combine(options)
            .WithTrackingName(TrackingNames.Index);
        context.RegisterSourceOutput(index, static (spc, pair) =>
            Generate(spc, null, IndexEmitter.HintName, () => IndexEmitter.Emit(pair.Left, pair.Right)));
    }

    /// <summary>
    /// Emission faults stay with their source: a failing article is reported on its file and left
    /// out, and every other article still generates (a generator that throws loses them all).
    /// </summary>
    private static void Generate(SourceProductionContext context, string? file, string hintName, Func<string> emit)
    {
        try
        {
            context.AddSource(hintName, emit());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var location = file is null ? Location.None : Location.Create(file, default, default);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GenerationFailed, location, file ?? hintName, e.GetType().Name + ": " + e.Message));
        }
    }
}
