using System;
using System.Linq;
using System.Text;
using CsCheck;
using CorpusGen.Tests.Shared;
using Xunit;

namespace CorpusGen.Core.Tests;

/// <summary>
/// Property-based reading of arbitrary text: random Unicode (lone surrogates, NUL, line and paragraph
/// separators), runs of quotation marks, and mutated copies of a news paragraph (tests/Shared/FuzzTexts.cs).
/// The reader must never throw, and every offset it reports must lie inside the text.
/// </summary>
public class FuzzTests
{
    public static long Cases => FuzzTexts.Cases;

    [Fact]
    public void Reading_arbitrary_text_never_throws_and_stays_inside_it() =>
        FuzzTexts.Texts.Sample(text =>
        {
            var article = ArticleReader.Read(text);
            var ranges = article.Quotes.SelectMany(q => new[] { q.Range, q.Content })
                .Concat(article.Quotes.SelectMany(q => new[] { q.Speaker?.Mention, q.Cue }).Where(r => r is not null).Select(r => r!.Value))
                .Concat(article.Findings.Select(f => f.Range))
                .Concat(article.Paragraphs.Select(p => p.Range))
                .Concat(article.RelatedLinks)
                .Concat(article.Breadcrumb)
                .Concat(article.Entities.SelectMany(e => e.Mentions))
                .Concat(new[] { article.Title, article.Byline, article.Dateline }.Where(r => r is not null).Select(r => r!.Value));
            foreach (var r in ranges)
            {
                if (r.Start < 0 || r.Start > r.End || r.End > text.Length) throw new Exception($"range {r} outside a text of {text.Length}");
            }
            foreach (var q in article.Quotes)
            {
                if (q.Speaker is { Entity: >= 0 } s && s.Entity >= article.Entities.Count) throw new Exception("speaker entity out of range");
                if (!q.Range.Contains(q.Content) && !(q.Content.IsEmpty && q.Content.Start == q.Range.Start)) throw new Exception("content outside its quote");
            }
        }, iter: Cases, print: t => Convert.ToBase64String(Encoding.Unicode.GetBytes(t)));
}
