using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Generators.Tests;

/// <summary>After NetEscapades.EnumGenerators' TestHelpers: what reruns, what is cached, what is held.</summary>
public class IncrementalityTests
{
    private static readonly string[] AllSteps =
    {
        TrackingNames.Options, TrackingNames.SeedFiles, TrackingNames.ReadAhead, TrackingNames.Articles,
        TrackingNames.ArticleSources, TrackingNames.Summaries, TrackingNames.Index,
    };

    private static TestAdditionalText[] Seeds(int count) => Enumerable.Range(0, count)
        .Select(i => new TestAdditionalText(TestHelpers.SeedPath($"{i:D3}.txt"), $"Article number {i}\n\n“We met today,” Maria Lopez said in Paris.\n\nParagraph {i}."))
        .ToArray();

    [Fact]
    public void Editing_a_csharp_file_reruns_nothing_and_reads_no_seed()
    {
        var seeds = Seeds(20);
        var compilation = TestHelpers.Compilation("class A { }");
        var driver = TestHelpers.Driver(seeds).RunGenerators(compilation);
        var reads = seeds.Sum(s => s.Reads);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }")));
        var result = driver.GetRunResult().Results.Single();

        Assert.Equal(reads, seeds.Sum(s => s.Reads));
        foreach (var step in AllSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), step);
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o =>
                Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o =>
            Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void Editing_one_seed_rereads_and_reemits_only_that_seed()
    {
        var seeds = Seeds(20);
        var compilation = TestHelpers.Compilation("class A { }");
        var driver = TestHelpers.Driver(seeds).RunGenerators(compilation);

        var edited = new TestAdditionalText(seeds[7].Path, seeds[7].GetText().ToString().Replace("Paragraph 7.", "Paragraph 7, edited."));
        driver = driver.ReplaceAdditionalText(seeds[7], edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        var articles = result.TrackedSteps[TrackingNames.Articles].SelectMany(s => s.Outputs).ToList();
        Assert.Single(articles, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(19, articles.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        // The title, lead and entities did not change, so the corpus index is not re-emitted.
        var summaries = result.TrackedSteps[TrackingNames.Summaries].SelectMany(s => s.Outputs).ToList();
        Assert.DoesNotContain(summaries, o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        var index = result.TrackedSteps[TrackingNames.Index].SelectMany(s => s.Outputs).Single();
        Assert.True(index.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, index.Reason.ToString());
    }

    [Fact]
    public void Editing_one_embedded_seed_rereads_only_that_seed_and_emits_no_source()
    {
        var seeds = Seeds(20);
        var files = seeds.ToDictionary(s => s.Path, s => new Dictionary<string, string> { [SeedSelection.ResourceMetadata] = "CorpusGen.Seeds/" + s.Path });
        var options = new TestOptionsProvider(TestHelpers.GlobalOptions(), files);
        var compilation = TestHelpers.Compilation("class A { }");
        var driver = TestHelpers.Driver(seeds, options).RunGenerators(compilation);
        // Embedded articles have no source of their own: the index is the whole of the generated code.
        Assert.Equal(new[] { "Corpus.g.cs" }, driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName));

        var edited = new TestAdditionalText(seeds[7].Path, seeds[7].GetText().ToString().Replace("Paragraph 7.", "Paragraph 7, edited."));
        options = new TestOptionsProvider(TestHelpers.GlobalOptions(), new(files) { [edited.Path] = files[seeds[7].Path] });
        driver = driver.ReplaceAdditionalText(seeds[7], edited).WithUpdatedAnalyzerConfigOptions(options).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        var articles = result.TrackedSteps[TrackingNames.Articles].SelectMany(s => s.Outputs).ToList();
        Assert.Single(articles, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(19, articles.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        var index = result.TrackedSteps[TrackingNames.Index].SelectMany(s => s.Outputs).Single();
        Assert.True(index.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, index.Reason.ToString());
    }

    [Fact]
    public void No_step_holds_a_compilation_symbol_syntax_node_or_location()
    {
        var seeds = Seeds(3);
        var driver = TestHelpers.Driver(seeds).RunGenerators(TestHelpers.Compilation("class A { }"));
        var result = driver.GetRunResult().Results.Single();
        foreach (var step in result.TrackedSteps.Values.SelectMany(s => s))
        {
            foreach (var (value, _) in step.Outputs) AssertNoRoslynObjects(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step.Name ?? "");
        }
    }

    /// <summary>
    /// The compiler ships Roslyn's steps compiled for reference types only: a step whose value is a bool,
    /// another struct or a nested tuple has them compiled at run time in every build (docs/architecture.md).
    /// </summary>
    [Fact]
    public void Every_step_value_is_a_class_or_a_pair_of_classes()
    {
        var seeds = Seeds(3);
        var driver = TestHelpers.Driver(seeds).RunGenerators(TestHelpers.Compilation("class A { }"));
        var result = driver.GetRunResult().Results.Single();
        foreach (var step in AllSteps)
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            foreach (var (value, _) in outputs) Assert.True(IsSharedShape(value.GetType()), $"{step}: {value.GetType()}");
        }
    }

    private static bool IsSharedShape(Type type) =>
        !type.IsValueType
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTuple<,>)
            && type.GetGenericArguments().All(t => !t.IsValueType || IsListOfClasses(t)));

    private static bool IsListOfClasses(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
        && !type.GetGenericArguments()[0].IsValueType;

    private static void AssertNoRoslynObjects(object? value, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location, $"{path} holds a {value.GetType().Name}");
        if (value is AdditionalText) return; // the input itself, compared by reference
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            foreach (var item in items) AssertNoRoslynObjects(item, seen, path + "[]");
            return;
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), seen, path + "." + field.Name);
        }
    }
}
