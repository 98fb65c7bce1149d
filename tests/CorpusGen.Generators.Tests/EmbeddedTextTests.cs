using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CorpusGen.Generators.Tests;

/// <summary>
/// Seeds the package's targets embed as manifest resources: the generated code holds no text and no
/// offsets, only where the text is, and the runtime reads the article from the resource with the
/// generator's own reader, so it gets exactly the text the generator read, or says plainly why not.
/// </summary>
public class EmbeddedTextTests
{
    private const string ResourceName = "CorpusGen.Seeds/seeds/a.txt";

    // A byte order mark, CRLF line ends and curly quotes: everything a decoder could get wrong.
    private static readonly byte[] SeedBytes = new byte[] { 0xEF, 0xBB, 0xBF }
        .Concat(Encoding.UTF8.GetBytes("Summit ends\r\n\r\n“We are ready,” the minister said on Friday.\r\n\r\nThe talks resume — in Geneva.\r\n"))
        .ToArray();

    private static (GeneratorDriverRunResult Result, Compilation Output) Generate(SourceText text, bool embedded = true)
    {
        var seed = new TestAdditionalText(TestHelpers.SeedPath("a.txt"), text);
        var metadata = embedded
            ? new Dictionary<string, string> { [SeedSelection.ResourceMetadata] = ResourceName }
            : new Dictionary<string, string>();
        var options = new TestOptionsProvider(TestHelpers.GlobalOptions(), new() { [seed.Path] = metadata });
        var (result, output) = TestHelpers.Run(new[] { seed }, options);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(TestHelpers.Problems(output));
        return (result, output);
    }

    private static string GeneratedArticle(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith("Articles/", StringComparison.Ordinal)).SourceText.ToString();

    private static IEnumerable<string> GeneratedSources(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString());

    private static ResourceDescription Resource(byte[] bytes) => new(ResourceName, () => new MemoryStream(bytes), isPublic: true);

    private static dynamic Article(Assembly assembly) =>
        TestHelpers.StaticProperty(assembly, "Test.News.Corpus+Articles", "SummitEnds")!;

    [Fact]
    public void An_embedded_seed_is_read_from_its_resource_exactly_as_the_compiler_read_the_file()
    {
        var text = SourceText.From(new MemoryStream(SeedBytes));
        var (result, output) = Generate(text);

        // No source of its own: the index says where the text is, and the text is not in the code (but
        // for the lead in the property's documentation).
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName.StartsWith("Articles/", StringComparison.Ordinal));
        Assert.Contains(GeneratedSources(result), code => code.Contains("ArticleText.FromResource(", StringComparison.Ordinal));
        Assert.DoesNotContain(GeneratedSources(result), code => code.Contains("talks resume", StringComparison.Ordinal));

        var article = Article(TestHelpers.Load(output, new[] { Resource(SeedBytes) }));
        Assert.Equal(text.ToString(), (string)article.Text);
        Assert.Equal("Summit ends", (string)article.Title);
        var quote = ((IEnumerable<CorpusGen.Quote>)article.Quotes).Single();
        Assert.Equal("We are ready,", quote.Text);
        Assert.Equal("the minister", quote.SpeakerText);
    }

    [Fact]
    public void A_missing_resource_is_an_error_that_names_the_seed()
    {
        var (_, output) = Generate(SourceText.From(new MemoryStream(SeedBytes)));
        var assembly = TestHelpers.Load(output);
        var thrown = Assert.Throws<TargetInvocationException>(() => Article(assembly));
        var error = Assert.IsType<InvalidOperationException>(thrown.InnerException);
        Assert.Contains("seeds/a.txt is not embedded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_that_changed_after_the_build_is_read_as_it_is_never_cut_at_old_offsets()
    {
        // The generated code carries no offsets, so a different text cannot be cut in the wrong places:
        // the runtime reads whatever text is embedded, whole.
        var (_, output) = Generate(SourceText.From(new MemoryStream(SeedBytes)));
        var edited = SeedBytes.Concat(Encoding.UTF8.GetBytes("\r\n“A paragraph added,” an aide said after the build.\r\n")).ToArray();
        var article = Article(TestHelpers.Load(output, new[] { Resource(edited) }));
        var quotes = ((IEnumerable<CorpusGen.Quote>)article.Quotes).ToList();
        Assert.Equal(new[] { "We are ready,", "A paragraph added," }, quotes.Select(q => q.Text));
        Assert.Equal(new[] { "the minister", "an aide" }, quotes.Select(q => q.SpeakerText));
    }

    [Fact]
    public void A_file_the_compiler_did_not_read_as_UTF8_keeps_its_text_in_the_code()
    {
        // Decoded as Latin-1 (the compiler's fallback for bytes that are not UTF-8), the resource's bytes
        // would decode differently at run time, so the text the generator saw goes into the code.
        var latin1 = Encoding.Latin1.GetBytes("Summit ends\n\nThe caf\u00e9 said \u201cno\u201d.\n".Replace('\u201c', '"').Replace('\u201d', '"'));
        var text = SourceText.From(latin1, latin1.Length, Encoding.Latin1);
        var (result, output) = Generate(text);

        Assert.DoesNotContain("FromResource", GeneratedArticle(result), StringComparison.Ordinal);
        var article = Article(TestHelpers.Load(output, new[] { Resource(latin1) }));
        Assert.Equal(text.ToString(), (string)article.Text);
    }

    [Fact]
    public void A_seed_that_is_not_embedded_keeps_its_text_in_the_code()
    {
        var text = SourceText.From(new MemoryStream(SeedBytes));
        var (result, output) = Generate(text, embedded: false);

        Assert.DoesNotContain("FromResource", GeneratedArticle(result), StringComparison.Ordinal);
        Assert.Equal(text.ToString(), (string)Article(TestHelpers.Load(output)).Text);
    }
}
