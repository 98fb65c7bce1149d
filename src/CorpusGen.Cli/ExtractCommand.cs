using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusGen.Core;

namespace CorpusGen.Cli;

/// <summary><c>corpusgen extract</c>: every article read, as one JSON document (schema in the README).</summary>
internal static class ExtractCommand
{
    public static int Run(IReadOnlyList<string> paths, bool stats, TextWriter output, TextWriter error)
    {
        var files = SeedFiles.Expand(paths);
        var texts = new List<string>(files.Count);
        foreach (var file in files) texts.Add(SeedFiles.Read(file));

        // Only the reading is timed: process start and file I/O are not the core's work.
        var models = new List<ArticleModel>(texts.Count);
        long chars = 0;
        var clock = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            models.Add(ArticleReader.Read(text));
            chars += text.Length;
        }
        clock.Stop();

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("articles");
            for (int i = 0; i < files.Count; i++) ArticleJson.Write(json, Path.GetFileName(files[i]), models[i]);
            json.WriteEndArray();
            if (stats)
            {
                long bytes = 0;
                foreach (var text in texts) bytes += Encoding.UTF8.GetByteCount(text);
                double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
                json.WriteStartObject("stats");
                json.WriteNumber("files", files.Count);
                json.WriteNumber("bytes", bytes);
                json.WriteNumber("characters", chars);
                json.WriteNumber("seconds", Math.Round(seconds, 6));
                json.WriteNumber("megabytesPerSecond", Math.Round(bytes / 1e6 / seconds, 3));
                json.WriteEndObject();
                error.WriteLine($"read {files.Count} files, {bytes / 1e6:F2} MB in {seconds * 1000:F1} ms: {bytes / 1e6 / seconds:F1} MB/s");
            }
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
        return 0;
    }
}
