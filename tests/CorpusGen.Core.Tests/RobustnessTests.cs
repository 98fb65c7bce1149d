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
    public void A_quote_right_after_a_colon_that_opens_its_paragraph_is_read()
    {
        // Found by the fuzz test: the colon rules once looked before the paragraph's first token.
        var article = Read.Article(": “We are here.”", "Mayor Ruth Kane said:", ": “And we stay.”");
        Assert.Equal(new[] { "We are here.", "And we stay." }, article.QuoteTexts());
    }
}
