using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CorpusGen.Core;
using CorpusGen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generators;

/// <summary>
/// The one place the Roslyn component reads a seed's text into a model. The generator and the analyzer
/// get the same <see cref="SourceText"/> for a file within a compilation, and the IDE keeps it for
/// unchanged files, so the model is kept with the text: each seed is read once, not once per consumer.
/// </summary>
public static class SeedModels
{
    private static readonly ConditionalWeakTable<SourceText, ArticleModel> Models = new();

    /// <summary>
    /// Reads every file's model ahead, on all cores, so that the per-file steps that ask for them one by
    /// one find them read. Files already read (unchanged texts) cost a table lookup; a file that cannot be
    /// opened is left to its own step, which reports it.
    /// </summary>
    public static void ReadAhead(ImmutableArray<SeedFile?> seeds, CancellationToken cancellationToken)
    {
        if (seeds.Length < 2) return;
        // One thread per core: Parallel.For otherwise adds the calling thread to the pool's workers, three
        // readers on two cores in the compiler (reading 1,000 articles ahead: 262-376 ms, two threads 257-276).
#pragma warning disable RS1035 // The processor count is not a setting read from the environment.
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
#pragma warning restore RS1035
        Parallel.For(0, seeds.Length, parallel, i =>
        {
            try
            {
                Read(seeds[i]!.File.GetText(cancellationToken), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The file's own step reads it again and reports the fault on it.
            }
        });
    }

    /// <summary>The model of <paramref name="text"/>; a fault while reading stays with this seed.</summary>
    public static ArticleModel Read(SourceText? text, CancellationToken cancellationToken)
    {
        if (text is null) return ArticleReader.Unreadable("", "the file could not be read");
        if (Models.TryGetValue(text, out var cached)) return cached;
        ArticleModel model;
        try
        {
            model = ArticleReader.Read(text.ToString(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            model = ArticleReader.Unreadable("", "internal error: " + e.GetType().Name + ": " + e.Message);
        }
        return Models.GetValue(text, _ => model);
    }
}
