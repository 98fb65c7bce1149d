using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace CorpusGen.Generators.Tests;

/// <summary>
/// Snapshot files after Verify.SourceGenerators' conventions: <c>Class.Method#HintName.verified.cs</c>
/// beside the test. A mismatch writes <c>.received.cs</c> and fails with a line diff; run with
/// <c>CORPUSGEN_ACCEPT_SNAPSHOTS=1</c> to accept what was received.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "CORPUSGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string received, string hintName, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var name = Path.GetFileNameWithoutExtension(testFile) + "." + method + "#" + hintName.Replace('/', '.').Replace(".g.cs", "");
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        received = received.Replace("\r\n", "\n");

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        throw new XunitException(verified is null
            ? $"No snapshot yet: {verifiedPath}\nReceived written to {receivedPath}; accept with {AcceptVariable}=1."
            : $"Snapshot differs: {verifiedPath}\n{Diff(verified, received)}\nReceived written to {receivedPath}; accept with {AcceptVariable}=1.");
    }

    private static string Diff(string verified, string received)
    {
        var diff = InlineDiffBuilder.Diff(verified, received);
        var builder = new StringBuilder();
        int shown = 0;
        foreach (var line in diff.Lines)
        {
            if (line.Type == ChangeType.Unchanged) continue;
            var text = line.Text.Length > 160 ? line.Text.Substring(0, 160) + "…" : line.Text;
            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Position).Append(": ").AppendLine(text);
            if (++shown == 40)
            {
                builder.AppendLine("…");
                break;
            }
        }
        return builder.ToString();
    }
}
