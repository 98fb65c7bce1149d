using System;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace CorpusGen.Benchmarks;

public static class Program
{
    private const string Usage = @"usage:
  make-corpus <folder> <count>        write <count> synthetic articles into <folder>
  throughput <folder or file>...      the core's reading speed in MB/s, warm, best of several passes
  driver <folder> [warm-ups]          the generator cold, after a C# edit, after a seed edit; then compile
                                      (warm-ups: earlier runs that let the JIT settle first; default 1)
  linearity                           reading time per MB of hostile text at 0.1, 1 and 10 MB
  (anything else)                     BenchmarkDotNet, e.g. --filter *Generator*";

    public static int Main(string[] args)
    {
        if (args.Length >= 1 && args[0] == "make-corpus")
        {
            if (args.Length != 3 || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out int count)) return Fail();
            long bytes = SyntheticCorpus.Write(args[1], count);
            Console.WriteLine($"wrote {count} articles, {bytes / 1e6:F1} MB, to {args[1]}");
            return 0;
        }
        if (args.Length >= 1 && args[0] == "throughput")
        {
            if (args.Length < 2) return Fail();
            return Throughput.Run(args[1..]);
        }
        if (args.Length is 2 or 3 && args[0] == "driver") return DriverTimes.Run(args[1], args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1);
        if (args.Length == 1 && args[0] == "linearity") return Linearity.Run();
        if (args.Length >= 1 && args[0] is "-h" or "--help") return Fail();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Fail()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
