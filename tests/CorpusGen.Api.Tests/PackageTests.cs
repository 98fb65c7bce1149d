using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace CorpusGen.Api.Tests;

/// <summary>
/// The packed package, consumed the way a new user would: pack, create a console project in a temp
/// folder that takes CorpusGen from a local feed, drop in a seed file, build and run it.
/// </summary>
public class PackageTests
{
    private const string SeedName = "000_18b1dbad23bf8012.txt";

    [Fact]
    public void A_fresh_project_using_the_package_gets_the_typed_article_and_the_warnings()
    {
        var root = RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("corpusgen-package-").FullName;
        try
        {
            var feed = Path.Combine(work, "feed");
            var version = "0.1.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
            Run(root, "pack", Path.Combine(root, "src", "CorpusGen", "CorpusGen.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + version);
            Assert.True(File.Exists(Path.Combine(feed, $"CorpusGen.{version}.nupkg")));

            var app = Path.Combine(work, "app");
            Directory.CreateDirectory(Path.Combine(app, "seeds"));
            File.Copy(Path.Combine(root, "seeds", SeedName), Path.Combine(app, "seeds", SeedName));
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RootNamespace>NewsApp</RootNamespace>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="CorpusGen" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                using CorpusGen;
                using NewsApp;

                Article article = Corpus.Articles.ChinaMustStopSupportingRussiaNato;
                System.Console.WriteLine("title: " + article.Title);
                System.Console.WriteLine("section: " + article.Section);
                System.Console.WriteLine("quotes: " + article.Quotes.Count);
                System.Console.WriteLine("by NATO: " + Corpus.QuotesBy(Corpus.Organizations.Nato).Count);
                System.Console.WriteLine("stoltenberg: " + Corpus.People.JensStoltenberg.Title);
                """);

            var output = Run(app, "run", "--project", app);

            Assert.Contains("title: China must stop supporting Russia: NATO", output);
            Assert.Contains("section: International", output);
            Assert.Contains("quotes: 12", output);
            Assert.Contains("by NATO: 6", output);
            Assert.Contains("stoltenberg: Secretary-General", output);
            Assert.Contains($"{SeedName}(7,94): warning CG1003", output);
            Assert.Contains($"{SeedName}(11,57): warning CG1006", output);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CorpusGen.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("CorpusGen.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Run(string workingDirectory, params string[] arguments)
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
        Assert.True(process.ExitCode == 0, "dotnet " + string.Join(" ", arguments) + " failed:\n" + output);
        return output.ToString();
    }
}
