using System;
using System.Collections.Generic;
using System.IO;

namespace CorpusGen.Cli;

internal static class Program
{
    private const string Usage = @"usage:
  corpusgen extract <files or folders>... [--json] [--stats]
  corpusgen lint <files or folders>... [--format text|json|sarif] [--nowarn ID[,ID...]] [--warnaserror]";

    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>The whole command, with its output streams passed in so that tests can run it in process.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            (args.Length == 0 ? error : output).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var paths = new List<string>();
        bool stats = false, warningsAsErrors = false;
        string format = "text";
        var noWarn = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json": break; // JSON is extract's only format; the flag is accepted for clarity.
                case "--stats": stats = true; break;
                case "--warnaserror": warningsAsErrors = true; break;
                case "--format" when i + 1 < args.Length && args[i + 1] is "text" or "json" or "sarif":
                    format = args[++i];
                    break;
                case "--nowarn" when i + 1 < args.Length:
                    foreach (var id in args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) noWarn.Add(id);
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        error.WriteLine($"corpusgen: unknown option {args[i]}\n{Usage}");
                        return 2;
                    }
                    paths.Add(args[i]);
                    break;
            }
        }
        if (paths.Count == 0)
        {
            error.WriteLine($"corpusgen: no files or folders given\n{Usage}");
            return 2;
        }
        try
        {
            return args[0] switch
            {
                "extract" => ExtractCommand.Run(paths, stats, output, error),
                "lint" => LintCommand.Run(paths, format, noWarn, warningsAsErrors, output),
                _ => UnknownCommand(args[0], error),
            };
        }
        catch (FileNotFoundException e)
        {
            error.WriteLine($"corpusgen: {e.Message}");
            return 2;
        }
    }

    private static int UnknownCommand(string name, TextWriter error)
    {
        error.WriteLine($"corpusgen: unknown command {name}\n{Usage}");
        return 2;
    }
}
