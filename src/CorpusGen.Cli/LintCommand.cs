using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Cli;

/// <summary>
/// <c>corpusgen lint</c>: the analyzer's diagnostics without a build, as text (the build's format),
/// JSON or SARIF 2.1.0. Exits 1 when any diagnostic is an error.
/// </summary>
internal static class LintCommand
{
    public static int Run(IReadOnlyList<string> paths, string format, ISet<string> noWarn, bool warningsAsErrors, TextWriter output)
    {
        var findings = LintFinding.Find(SeedFiles.Expand(paths), noWarn, warningsAsErrors);
        switch (format)
        {
            case "json":
                WriteJson(findings, output);
                break;
            case "sarif":
                WriteSarif(findings, output);
                break;
            default:
                foreach (var finding in findings) output.WriteLine(finding);
                break;
        }
        return findings.Any(f => f.Severity == "error") ? 1 : 0;
    }

    private static void WriteJson(List<LintFinding> findings, TextWriter output) => Write(output, json =>
    {
        json.WriteStartArray();
        foreach (var f in findings)
        {
            json.WriteStartObject();
            json.WriteString("file", f.File);
            json.WriteNumber("line", f.Line);
            json.WriteNumber("column", f.Column);
            json.WriteNumber("endLine", f.EndLine);
            json.WriteNumber("endColumn", f.EndColumn);
            json.WriteString("id", f.Rule.Id);
            json.WriteString("severity", f.Severity);
            json.WriteString("message", f.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    private static void WriteSarif(List<LintFinding> findings, TextWriter output) => Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "corpusgen");
        json.WriteStartArray("rules");
        foreach (var rule in Rules.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpPage);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var f in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", f.Rule.Id);
            json.WriteString("level", f.Severity);
            json.WriteStartObject("message");
            json.WriteString("text", f.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", f.File.Replace('\\', '/'));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", f.Line);
            json.WriteNumber("startColumn", f.Column);
            json.WriteNumber("endLine", f.EndLine);
            json.WriteNumber("endColumn", f.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
