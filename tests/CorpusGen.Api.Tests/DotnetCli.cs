using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace CorpusGen.Api.Tests;

/// <summary>Runs the dotnet CLI the way a user would, with an isolated package cache.</summary>
internal static class DotnetCli
{
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CorpusGen.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("CorpusGen.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs dotnet and returns its exit code and everything it printed.</summary>
    public static (int Exit, string Output) Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // An isolated package cache, so the package under test is the one just packed.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(Path.GetTempPath(), "corpusgen-package-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var inherited in new[] { "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(inherited);
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " took over 5 minutes\n" + output);
        }
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    public static string RunOk(string workingDirectory, params string[] arguments)
    {
        var (exit, output) = Run(workingDirectory, arguments);
        Assert.True(exit == 0, "dotnet " + string.Join(" ", arguments) + " failed:\n" + output);
        return output;
    }
}

/// <summary>Packs CorpusGen once for every test that consumes the package.</summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = DotnetCli.RepositoryRoot();
        Work = Directory.CreateTempSubdirectory("corpusgen-package-").FullName;
        Feed = Path.Combine(Work, "feed");
        Version = "0.1.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        DotnetCli.RunOk(Root, "pack", Path.Combine(Root, "src", "CorpusGen", "CorpusGen.csproj"), "-c", "Release", "-o", Feed, "-p:Version=" + Version);
    }

    public string Root { get; }
    public string Work { get; }
    public string Feed { get; }
    public string Version { get; }

    /// <summary>A new project folder that takes CorpusGen from the local feed, with the seed in seeds/.</summary>
    public string NewProject(string name, string outputType, string program)
    {
        var app = Path.Combine(Work, name);
        Directory.CreateDirectory(Path.Combine(app, "seeds"));
        foreach (var seed in Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt"))
        {
            File.Copy(seed, Path.Combine(app, "seeds", Path.GetFileName(seed)));
        }
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>NewsApp</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CorpusGen" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), program);
        return app;
    }

    public void Dispose()
    {
        try { Directory.Delete(Work, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Tests that pack and build run one at a time: they share the package and the dotnet CLI's caches.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "package";
}
