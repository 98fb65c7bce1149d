using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Generators.Model;

/// <summary>An additional file that is a seed article, and the manifest resource the build embeds it as (or null).</summary>
public sealed record SeedFile(AdditionalText File, string? Resource)
{
    /// <summary>The seed <paramref name="file"/> is, or null when it is no seed.</summary>
    public static SeedFile? Of(AdditionalText file, AnalyzerConfigOptions fileOptions) =>
        SeedSelection.IsSeed(file.Path, fileOptions) ? new SeedFile(file, SeedSelection.Resource(fileOptions)) : null;
}
