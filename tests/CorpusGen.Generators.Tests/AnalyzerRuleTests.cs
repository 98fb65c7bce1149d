using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CorpusGen.Generators.Tests;

/// <summary>
/// Every rule with Microsoft.CodeAnalysis.Testing: a seed file in, the expected diagnostics with their
/// spans out, and for each rule the look-alike that must stay silent.
/// </summary>
public class AnalyzerRuleTests
{
    private const string Seed = "/0/seeds/article.txt";

    private static async Task Verify(string text, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<SeedAnalyzer, DefaultVerifier>
        {
            TestCode = "class Program { }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add((Seed, text));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static DiagnosticResult At(string id, int line, int column, int endLine, int endColumn) =>
        new DiagnosticResult(id, DiagnosticSeverity.Warning).WithSpan(Seed, line, column, endLine, endColumn);

    private const string Head = "Council votes on bridge\n\n";

    [Fact]
    public Task CG1001_unclosed_quotation() =>
        Verify(Head + "The mayor said “we will build it by spring,” and left.\n\nThe clerk said “the money is there.\n\nWork starts in May.",
            At("CG1001", 5, 16, 5, 17));

    [Fact]
    public Task CG1001_not_for_a_quotation_continued_over_paragraphs() =>
        Verify(Head + "“We will build it,” the mayor said. “It will take two years.\n\n“And the state will pay.”");

    [Fact]
    public Task CG1002_stray_closing_mark() =>
        Verify(Head + "The mayor said we will build it.” Then he left.",
            At("CG1002", 3, 33, 3, 34));

    [Fact]
    public Task CG1002_not_for_apostrophes() =>
        Verify(Head + "The town’s bridge and the players’ union’s fund were in the ’90s budget, the mayor’s aide said.");

    [Fact]
    public Task CG1003_nested_with_the_same_marks() =>
        Verify(Head + "“The so-called “green plan” is dead,” the clerk said.",
            At("CG1003", 3, 16, 3, 17));

    [Fact]
    public Task CG1003_not_for_nesting_with_the_other_marks() =>
        Verify(Head + "“The so-called ‘green plan’ is dead,” the clerk said.");

    [Fact]
    public Task CG1004_mismatched_marks() =>
        Verify(Head + "The mayor said “we will build it\" and left.",
            At("CG1004", 3, 33, 3, 34));

    [Fact]
    public Task CG1004_not_for_matching_straight_marks() =>
        Verify(Head + "The mayor said \"we will build it\" and left.");

    [Fact]
    public Task CG1005_empty_quotation() =>
        Verify(Head + "The mayor said “” and left.",
            At("CG1005", 3, 16, 3, 18));

    [Fact]
    public Task CG1005_not_for_a_one_word_quotation() =>
        Verify(Head + "The mayor said “no” and left.");

    [Fact]
    public Task CG1006_repeated_word_at_a_boundary() =>
        Verify(Head + "The council urged the firm to “to stop all work on the site,” a clerk said.",
            At("CG1006", 3, 28, 3, 34));

    [Fact]
    public Task CG1006_not_for_different_words() =>
        Verify(Head + "The council urged the firm “to stop all work on the site,” a clerk said.");

    [Fact]
    public Task CG2001_unattributed_quote() =>
        Verify(Head + "“Nobody knows where the money went, and nobody will say.”",
            At("CG2001", 3, 1, 3, 2));

    [Fact]
    public Task CG2001_not_when_the_paragraph_names_someone_the_reader_could_not_credit() =>
        Verify(Head + "Maria Lopez stood at the back of the hall. Then: no comment, only “Nobody knows where the money went.”");

    [Fact]
    public Task CG2001_not_for_a_scare_quote_or_an_attributed_one() =>
        Verify(Head + "The so-called “green plan” is dead. “Nobody knows where the money went,” the auditor said.");

    [Fact]
    public Task CG3001_unreadable_seed() =>
        Verify("PK\u0003\u0004\0\0binary\0data",
            At("CG3001", 1, 1, 1, 1));

    [Fact]
    public Task CG3002_no_title() =>
        Verify("   \n\n   ",
            At("CG3002", 1, 1, 1, 1));

    [Fact]
    public Task CG3002_not_for_a_title_line() =>
        Verify("A title\n\nAnd a body.");

    [Fact]
    public async Task CG3003_duplicate_article_name_on_the_later_file()
    {
        var test = new CSharpAnalyzerTest<SeedAnalyzer, DefaultVerifier>
        {
            TestCode = "class Program { }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add(("/0/seeds/a.txt", "Bridge to reopen\n\nOne."));
        test.TestState.AdditionalFiles.Add(("/0/seeds/b.txt", "Bridge to reopen\n\nTwo."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG3003", DiagnosticSeverity.Warning).WithSpan("/0/seeds/b.txt", 1, 1, 1, 17)
            .WithArguments("BridgeToReopen", "/0/seeds/a.txt", "BridgeToReopen2"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_sections_set_severity_per_file()
    {
        var test = new CSharpAnalyzerTest<SeedAnalyzer, DefaultVerifier>
        {
            TestCode = "class Program { }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        const string press = "/0/seeds/press/release.txt";
        test.TestState.AdditionalFiles.Add((press, "Press release\n\n“Nobody knows where the money went, and nobody will say.”"));
        test.TestState.AdditionalFiles.Add((Seed, Head + "“Nobody knows where the money went, and nobody will say.”\n\nThe mayor said “” and left."));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [/0/seeds/press/*.txt]
            corpusgen_diagnostic.CG2001.severity = none

            [/0/seeds/article.txt]
            corpusgen_diagnostic.CG1005.severity = error
            """));
        test.ExpectedDiagnostics.Add(At("CG2001", 3, 1, 3, 2));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG1005", DiagnosticSeverity.Error).WithSpan(Seed, 5, 16, 5, 18));
        await test.RunAsync();
    }
}
