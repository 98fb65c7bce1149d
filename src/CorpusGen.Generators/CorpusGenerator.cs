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
    public CorpusGenerator() => WarmUp.Start();

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // Every value below is a class, a pair of classes, or the options paired with a collected list (a pair
        // the SDK's own generators use too), never a bool or a nested tuple: the compiler ships Roslyn's steps
        // compiled for reference types, and any other value type has them compiled anew in every build (this
        // shape compiles about 250 fewer methods per build).
        var seedFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => SeedFile.Of(pair.Left, pair.Right.GetOptions(pair.Left)))
            .Where(static seed => seed is not null)
            .WithTrackingName(TrackingNames.SeedFiles);

        // Every seed read ahead on all cores. The step gives back the options, unchanged whatever the seeds,
        // so nothing downstream reruns for it, and the per-file step below finds each model read (SeedModels
        // keeps it with its text).
        var readAhead = options
            .Combine(seedFiles.Collect())
            .Select(static (pair, cancellationToken) =>
            {
                SeedModels.ReadAhead(pair.Right, cancellationToken);
                return pair.Left;
            })
            .WithTrackingName(TrackingNames.ReadAhead);

        var articles = seedFiles
            .Combine(readAhead)
            .Select(static (pair, cancellationToken) => SeedReader.Read(pair.Left!.File, pair.Left.Resource, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Articles);

        // Only an article whose text is not embedded needs a source of its own (to hold the text).
        var articleSources = articles
            .Where(static seed => seed.TextResource is null)
            .Combine(options)
            .WithTrackingName(TrackingNames.ArticleSources);
        context.RegisterSourceOutput(articleSources, static (spc, pair) =>
            Generate(spc, pair.Left.SourceFile, ArticleEmitter.HintName(pair.Left), () => ArticleEmitter.Emit(pair.Left, pair.Right)));

        var summaries = articles
            .Select(static (seed, _) => ArticleSummary.From(seed))
            .WithTrackingName(TrackingNames.Summaries);
        var index = options
            .Combine(summaries.Collect())
            .WithTrackingName(TrackingNames.Index);
        context.RegisterSourceOutput(index, static (spc, pair) =>
            Generate(spc, null, IndexEmitter.HintName, () => IndexEmitter.Emit(pair.Right, pair.Left)));
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
