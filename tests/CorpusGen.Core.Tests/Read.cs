using System.Linq;
using CorpusGen.Core;

namespace CorpusGen.Core.Tests;

/// <summary>Reading helpers: an article is a title line, a blank line, then paragraphs.</summary>
internal static class Read
{
    public static ArticleModel Article(params string[] paragraphs) =>
        ArticleReader.Read("Test title\n\n" + string.Join("\n\n", paragraphs));

    public static string Text(this ArticleModel article, TextRange range) => range.Slice(article.Text);

    public static string[] QuoteTexts(this ArticleModel article) =>
        article.Quotes.Select(q => q.Content.Slice(article.Text)).ToArray();

    public static string? SpeakerText(this ArticleModel article, QuoteModel quote) =>
        quote.Speaker is { } s ? s.Mention.Slice(article.Text) : null;

    public static string? SpeakerEntity(this ArticleModel article, QuoteModel quote) =>
        quote.Speaker is { Entity: >= 0 } s ? article.Entities[s.Entity].Name : null;

    public static string? CueText(this ArticleModel article, QuoteModel quote) =>
        quote.Cue is { } c ? c.Slice(article.Text) : null;

    public static FindingKind[] FindingKinds(this ArticleModel article) =>
        article.Findings.Select(f => f.Kind).ToArray();

    public static EntityModel Entity(this ArticleModel article, string name) =>
        article.Entities.Single(e => e.Name == name);
}
