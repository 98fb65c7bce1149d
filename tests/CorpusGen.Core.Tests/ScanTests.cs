using System.Linq;
using System.Text;
using CorpusGen.Core.Quotes;
using Xunit;

namespace CorpusGen.Core.Tests;

/// <summary>The scans that read the whole text a vector at a time find what a plain loop finds.</summary>
public class ScanTests
{
    [Fact]
    public void The_next_possible_mark_is_found_from_every_start_wherever_it_falls_in_a_vector()
    {
        // Marks among letters, accented letters (above U+00AA, looked at closely) and other typography.
        var random = new System.Random(7);
        var alphabet = "abcdefghij  ,.éüñ—–…\"'`“”‘’«»‹›„‚\u201B\u201F".ToCharArray();
        var text = new string(Enumerable.Range(0, 600).Select(_ => random.Next(4) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)('a' + random.Next(26))).ToArray());
        for (int from = 0; from <= text.Length; from++)
        {
            foreach (int end in new[] { text.Length, System.Math.Min(text.Length, from + 5), System.Math.Min(text.Length, from + 40) })
            {
                int expected = -1;
                for (int i = from; i < end; i++)
                {
                    if (QuoteMarkReader.MayBeMark(text[i])) { expected = i; break; }
                }
                Assert.Equal(expected, QuoteMarkReader.NextMayBeMark(text, from, end));
            }
        }
    }

    [Fact]
    public void A_long_text_without_marks_has_none()
    {
        var text = string.Concat(Enumerable.Repeat("Plain words, and accents: café, naïve — nothing else. ", 100));
        Assert.Equal(-1, QuoteMarkReader.NextMayBeMark(text, 0, text.Length));
        Assert.Equal(text.Length, QuoteMarkReader.NextMayBeMark(text + "”", 0, text.Length + 1));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(17, true)]
    [InlineData(1000, true)]
    [InlineData(8150, false)] // only 18 of the first 8,192 characters are control characters
    public void Control_characters_make_a_text_binary_wherever_they_start(int at, bool binary)
    {
        var text = new StringBuilder("Title\n\n").Append('x', at);
        for (int i = 0; i < 2000; i++) text.Append(i % 2 == 0 ? '\u0001' : 'y');
        var article = ArticleReader.Read(text.ToString());
        Assert.Equal(binary, article.Findings.Any(f => f.Kind == FindingKind.UnreadableSeed));
    }

    [Fact]
    public void A_stray_nul_does_not_make_a_text_binary()
    {
        var article = ArticleReader.Read("Harbour strike ends\n\nUnion members voted\0 on Monday, and the strike that had closed the harbour for three weeks ended at midnight.");
        Assert.DoesNotContain(article.Findings, f => f.Kind == FindingKind.UnreadableSeed);
    }
}
