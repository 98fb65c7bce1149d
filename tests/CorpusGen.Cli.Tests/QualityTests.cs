using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace CorpusGen.Cli.Tests;

/// <summary>
/// A fact that runs only where ../shared/polnear (licensed news, never in the repository) and python3
/// (for the team's scorer) are present.
/// </summary>
public sealed class PolnearFactAttribute : FactAttribute
{
    public PolnearFactAttribute()
    {
        if (Cli.Shared() is null) Skip = "../shared/polnear is not on this machine";
        else if (!OnPath("python3")) Skip = "python3 (for ../shared/tools/quote_score.py) is not on this machine";
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(directory => directory.Length > 0 && File.Exists(Path.Combine(directory, program)));
}

/// <summary>
/// Quote and speaker accuracy on PolNeAR dev, scored by the team's scorer (../shared/tools/quote_score.py).
/// The targets are enforced with CORPUSGEN_ENFORCE_QUALITY_TARGETS=1; without it the test
/// guards the figures reached so far, so that no change makes reading worse.
/// </summary>
public class QualityTests
{
    // The targets of the reading-quality issue.
    private const double TargetQuoteF1 = 0.975, TargetSpeakerAccuracy = 0.93, TargetAttributionF1 = 0.91;

    // What the reader reaches today on dev (0.9522 / 0.9602 / 0.9143), less a small margin.
    private const double FloorQuoteF1 = 0.951, FloorSpeakerAccuracy = 0.959, FloorAttributionF1 = 0.913;

    private readonly ITestOutputHelper _output;

    public QualityTests(ITestOutputHelper output) => _output = output;

    [PolnearFact]
    public void Dev_scores_hold()
    {
        var shared = Cli.Shared()!;
        var scores = Score(shared, "dev");
        _output.WriteLine(scores.ToString());

        bool enforce = Environment.GetEnvironmentVariable("CORPUSGEN_ENFORCE_QUALITY_TARGETS") == "1";
        double f1 = scores.GetProperty("quote_f1").GetDouble();
        double speaker = scores.GetProperty("speaker_accuracy").GetDouble();
        double attribution = scores.GetProperty("attribution_f1").GetDouble();
        Assert.True(f1 >= (enforce ? TargetQuoteF1 : FloorQuoteF1), $"quote F1 {f1}");
        Assert.True(speaker >= (enforce ? TargetSpeakerAccuracy : FloorSpeakerAccuracy), $"speaker accuracy {speaker}");
        Assert.True(attribution >= (enforce ? TargetAttributionF1 : FloorAttributionF1), $"attribution F1 {attribution}");
    }

    private static JsonElement Score(string shared, string split)
    {
        var predictions = Path.Combine(Path.GetTempPath(), $"corpusgen-{split}-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, output, error) = Cli.Run("extract", Path.Combine(shared, "polnear", split, "text"), "--json");
            Assert.True(exit == 0, error);
            File.WriteAllText(predictions, output);

            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(shared, "tools", "quote_score.py"), Path.Combine(shared, "polnear", split), predictions, "--json" })
            {
                start.ArgumentList.Add(arg);
            }
            using var scorer = Process.Start(start)!;
            var stdout = scorer.StandardOutput.ReadToEnd();
            var stderr = scorer.StandardError.ReadToEnd();
            scorer.WaitForExit();
            Assert.True(scorer.ExitCode == 0, stderr);
            return JsonDocument.Parse(stdout.Trim().Split('\n').Last()).RootElement.Clone();
        }
        finally
        {
            File.Delete(predictions);
        }
    }
}
