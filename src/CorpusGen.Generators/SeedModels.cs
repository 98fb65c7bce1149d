using System;
using System.Runtime.CompilerServices;
using System.Threading;
using CorpusGen.Core;
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
