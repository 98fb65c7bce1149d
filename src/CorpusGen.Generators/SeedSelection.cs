using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Generators;

/// <summary>
/// Which additional files are seed articles: those marked <c>CorpusGenSeed="true"</c> (every
/// <c>CorpusSeed</c> item is), and any other <c>.txt</c> unless marked <c>false</c>. Nothing else is
/// opened, so a stylecop.json beside the seeds is never read.
/// </summary>
public static class SeedSelection
{
    public const string SeedMetadata = "build_metadata.AdditionalFiles.CorpusGenSeed";

    /// <summary>Set by the package's targets on seeds they embed as a manifest resource: the resource's name.</summary>
    public const string ResourceMetadata = "build_metadata.AdditionalFiles.CorpusGenResource";

    public static bool IsSeed(string path, AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue(SeedMetadata, out var marked) && !string.IsNullOrEmpty(marked))
        {
            return string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }
        return path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The name the build embedded the file under, or null when it is not embedded.</summary>
    public static string? Resource(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(ResourceMetadata, out var name) && !string.IsNullOrEmpty(name) ? name : null;
}
