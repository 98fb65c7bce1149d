using System;
using System.IO;
using System.Text.Json;

namespace CorpusGen.Cli.Tests;

internal static class Cli
{
    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>The shared folder beside the repository, or null when this machine does not have it.</summary>
    public static string? Shared()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CorpusGen.sln"))) directory = directory.Parent;
        var shared = directory?.Parent is { } parent ? Path.Combine(parent.FullName, "shared") : null;
        return shared is not null && Directory.Exists(Path.Combine(shared, "polnear")) ? shared : null;
    }

    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static JsonDocument Extract(params string[] paths)
    {
        var (exit, output, error) = Run(["extract", .. paths, "--json"]);
        if (exit != 0) throw new InvalidOperationException(error);
        return JsonDocument.Parse(output);
    }
}
