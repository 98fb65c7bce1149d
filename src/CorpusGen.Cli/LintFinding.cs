using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusGen.Core;
using CorpusGen.Core.Diagnostics;
using CorpusGen.Core.Naming;

namespace CorpusGen.Cli;

/// <summary>A diagnostic found by <c>corpusgen lint</c>: the same rules, messages and positions as the build.</summary>
internal sealed record LintFinding(string File, int Line, int Column, int EndLine, int EndColumn, Rule Rule, string Severity, string Message)
{
    /// <summary>Reads every file and reports what the analyzer would, in path order.</summary>
    public static List<LintFinding> Find(IReadOnlyList<string> files, ISet<string> noWarn, bool warningsAsErrors)
    {
        var ordered = files.OrderBy(f => f.Replace('\\', '/'), System.StringComparer.Ordinal).ToList();
        var models = ordered.Select(f => ArticleReader.Read(SeedFiles.Read(f))).ToList();
        var findings = new List<LintFinding>();
        var clashes = ArticleNames.Clashes(ordered.Select((f, i) => ArticleNames.Wished(models[i], Path.GetFileNameWithoutExtension(f))).ToList())
            .ToDictionary(c => c.Index);
        string severity = warningsAsErrors ? "error" : "warning";

        for (int i = 0; i < ordered.Count; i++)
        {
            var model = models[i];
            var lines = new LineIndex(model.Text);
            void Add(Rule rule, TextRange range, params object[] args)
            {
                if (noWarn.Contains(rule.Id)) return;
                var (line, column) = lines.Position(range.Start);
                var (endLine, endColumn) = lines.Position(range.End);
                findings.Add(new LintFinding(ordered[i], line, column, endLine, endColumn, rule, severity, rule.Format(args)));
            }
            foreach (var finding in model.Findings) Add(Rules.For(finding.Kind), finding.Range, finding.Excerpt);
            if (clashes.TryGetValue(i, out var clash))
            {
                Add(Rules.DuplicateArticleName, model.Title ?? default, clash.Wished, ordered[clash.Owner].Replace('\\', '/'), clash.Given);
            }
        }
        return findings;
    }

    /// <summary>As the build prints it: <c>file(line,col): warning ID: message</c>.</summary>
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Rule.Id}: {Message}";
}
