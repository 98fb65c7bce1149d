using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Core;

namespace CorpusGen.Benchmarks;

/// <summary>
/// The core's reading speed on real or synthetic text: every file read into memory first, then the
/// whole set read by the core pass after pass until the JIT has settled; the best pass is reported.
/// </summary>
public static class Throughput
{
    public static int Run(IEnumerable<string> paths)
    {
        var texts = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.txt", SearchOption.AllDirectories) : new[] { p })
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        long bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var (best, first, passes) = Measure(texts, bytes);
        Console.WriteLine($"files: {texts.Length}, bytes: {bytes}, first pass: {first:F1} MB/s, best of {passes}: {best:F1} MB/s");
        return 0;
    }

    /// <summary>Best and first pass in MB/s; at least 10 passes and 5 seconds.</summary>
    public static (double Best, double First, int Passes) Measure(string[] texts, long bytes)
    {
        double best = 0, first = 0;
        int passes = 0;
        var total = Stopwatch.StartNew();
        while (passes < 10 || total.Elapsed.TotalSeconds < 5)
        {
            var clock = Stopwatch.StartNew();
            foreach (var text in texts) ArticleReader.Read(text);
            double rate = bytes / 1e6 / clock.Elapsed.TotalSeconds;
            if (passes == 0) first = rate;
            best = Math.Max(best, rate);
            passes++;
        }
        return (best, first, passes);
    }
}
