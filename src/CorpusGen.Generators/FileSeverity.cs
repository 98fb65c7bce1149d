using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Generators;

/// <summary>
/// Per-file severities from .editorconfig sections, as <c>corpusgen_diagnostic.&lt;ID&gt;.severity</c>.
/// The compiler does not apply <c>dotnet_diagnostic</c> severities to diagnostics located in additional
/// files (dotnet/roslyn#55921), so the analyzer reads its own key for the file and applies it itself.
/// </summary>
public static class FileSeverity
{
    public static string Key(string id) => "corpusgen_diagnostic." + id + ".severity";

    /// <summary>The severity to report with, or null when the file turns the rule off.</summary>
    public static DiagnosticSeverity? Of(AnalyzerConfigOptions fileOptions, DiagnosticDescriptor rule)
    {
        if (!fileOptions.TryGetValue(Key(rule.Id), out var value)) return rule.DefaultSeverity;
        return value.Trim().ToLowerInvariant() switch
        {
            "none" => null,
            "silent" or "hidden" => DiagnosticSeverity.Hidden,
            "suggestion" or "info" => DiagnosticSeverity.Info,
            "warning" => DiagnosticSeverity.Warning,
            "error" => DiagnosticSeverity.Error,
            _ => rule.DefaultSeverity,
        };
    }
}
