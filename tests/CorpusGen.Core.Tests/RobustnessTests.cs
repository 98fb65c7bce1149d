using System.Linq;
using Xunit;

namespace CorpusGen.Core.Tests;

/// <summary>Hand-picked hostile inputs; the property-based run lives with the scale work.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("“““““““““““")]
    [InlineData("”””””””””")]
    [InlineData("\"\"\"\"\"\" '' '' `` ‘’‘’ «»«» „“")]
    [InlineData("Title\n\n\uD800 lone \uDC00 surrogates “\uD800”")]
    [InlineData("Title\u2028line\u2029para\u0085next")]
    [InlineData("(((((((( )))))) ( ACR ) (A) () (")]
    [InlineData("Mr. Mrs. Sen. . . . U.S. U.S U. S.")]
    public void Hostile_text_is_read_without_exceptions_and_offsets_stay_inside(string text)
    {
        var article = ArticleReader.Read(text);
        var ranges = article.Quotes.SelectMany(q => new[] { q.Range, q.Content })
            .Concat(article.Findings.Select(f => f.Range))
            .Concat(article.Paragraphs.Select(p => p.Range))
            .Concat(article.Entities.SelectMany(e => e.Mentions));
        Assert.All(ranges, r => Assert.True(r.Start >= 0 && r.Start <= r.End && r.End <= text.Length, r.ToString()));
    }

    [Fact]
    public void An_article_reads_the_same_whatever_was_read_before_it_on_the_thread()
    {
        // Reading reuses its token and word buffers from one article to the next on a thread; two
        // articles of the same shape ask for words at the same token positions.
        const string harbour = "Harbour strike ends\n\nUnion members backed Maria Lopez and the Harbour Workers Federation (HWF) on Monday.";
        const string dock = "Dock strike ends\n\nUnion members backed The Harbour Board and the Dock Workers Union (DWU) on Friday.";
        var huge = string.Join("\n\n", Enumerable.Repeat("Long paragraph “with quotes,” she said, and many more words after it.", 20_000));
        var expectedHarbour = OnNewThread(harbour);
        var expectedDock = OnNewThread(dock);

        Assert.Equal(expectedHarbour, ArticleReader.Read(harbour));
        Assert.Equal(expectedDock, ArticleReader.Read(dock));
        ArticleReader.Read(huge);
        Assert.Equal(expectedHarbour, ArticleReader.Read(harbour));
        Assert.Equal(expectedDock, ArticleReader.Read(dock));

        static ArticleModel OnNewThread(string text)
        {
            ArticleModel? model = null;
            var thread = new System.Threading.Thread(() => model = ArticleReader.Read(text));
            thread.Start();
            thread.Join();
            return model!;
        }
    }

    [Fact]
    public void A_quote_right_after_a_colon_that_opens_its_paragraph_is_read()
    {
        // Found by the fuzz test: the colon rules once looked before the paragraph's first token.
        var article = Read.Article(": “We are here.”", "Mayor Ruth Kane said:", ": “And we stay.”");
        Assert.Equal(new[] { "We are here.", "And we stay." }, article.QuoteTexts());
    }
}
