using CorpusGen.Core.Naming;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Generators.Model;

/// <summary>Build-wide options, from MSBuild properties made visible to the compiler.</summary>
public sealed record GeneratorOptions(string Namespace, string? ProjectDirectory)
{
    public const string DefaultNamespace = "CorpusGen.Generated";

    public static GeneratorOptions From(AnalyzerConfigOptions global)
    {
        global.TryGetValue("build_property.CorpusGenNamespace", out var configured);
        global.TryGetValue("build_property.RootNamespace", out var root);
        global.TryGetValue("build_property.MSBuildProjectDirectory", out var directory);
        var ns = Identifiers.Namespace(configured) ?? Identifiers.Namespace(root) ?? DefaultNamespace;
        return new GeneratorOptions(ns, string.IsNullOrWhiteSpace(directory) ? null : directory);
    }
}
