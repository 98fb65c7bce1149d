using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using CorpusGen.Core;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Reading time per megabyte of hostile text at three sizes, ten times apart: a linear reader keeps the
/// same time per megabyte (a quadratic one would take ten times longer per megabyte at each step).
/// </summary>
public static class Linearity
{
    private static readonly (string Name, Func<int, string> Make)[] Inputs =
    {
        ("opening marks only", n => new string('“', n)),
        ("alternating marks", n => Repeat("“a” ‘b’ \"c\" ", n)),
        ("unclosed quotes per line", n => Repeat("He said “never\n", n)),
        ("one long line of names", n => Repeat("Maria Lopez and NATO met John Smith in Paris. ", n)),
        ("quote-only paragraphs", n => Repeat("“We agree.”\n\n", n)),
        ("news", n => Repeat(SyntheticCorpus.Article(1), n)),
        ("lone surnames that speak", LoneSurnames),
    };

    /// <summary>Paragraphs each credited to a surname no entity knows: every one asks for a full name before it.</summary>
    private static string LoneSurnames(int length)
    {
        var builder = new StringBuilder(length + 64);
        for (int i = 0; builder.Length < length; i++)
        {
            builder.Append("“We agree,” ").Append(Surname(i)).Append(" said.\n\n");
        }
        return builder.ToString(0, length);
    }

    /// <summary>"Kab", "Kac", …: a different capitalised word of letters for each number.</summary>
    private static string Surname(int number)
    {
        var letters = new StringBuilder("K");
        do
        {
            letters.Append((char)('a' + number % 26));
            number /= 26;
        }
        while (number > 0);
        return letters.ToString();
    }

    public static int Run()
    {
        Console.WriteLine($"{"input",-26} {"0.1 MB",12} {"1 MB",12} {"10 MB",12}   (ms per MB)");
        foreach (var (name, make) in Inputs)
        {
            var row = new StringBuilder($"{name,-26}");
            foreach (int size in new[] { 100_000, 1_000_000, 10_000_000 })
            {
                var text = make(size);
                ArticleReader.Read(make(10_000)); // warm the JIT for this shape
                var clock = Stopwatch.StartNew();
                ArticleReader.Read(text);
                row.Append($" {clock.Elapsed.TotalMilliseconds / (text.Length / 1e6),12:F1}");
            }
            Console.WriteLine(row);
        }
        return 0;
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length) builder.Append(unit);
        return builder.ToString(0, length);
    }
}
