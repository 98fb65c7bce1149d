using CorpusGen.Core;
using CorpusGen.Core.Naming;

namespace CorpusGen.Generators.Model;

/// <summary>What the corpus index needs of an article: less than the article, so that editing a
/// paragraph that changes neither title, lead nor entities leaves the index untouched.
/// <see cref="TextResource"/> is where the build embedded its text, or null when its own source holds it.</summary>
public sealed record ArticleSummary(
    string SourceFile,
    string HolderName,
    string? TextResource,
    string WishedName,
    string Title,
    string Lead,
    EquatableArray<EntityDeclaration> Entities)
{
    public static ArticleSummary From(SeedArticle seed)
    {
        var article = seed.Article;
        var entities = new EntityDeclaration[article.Entities.Count];
        for (int i = 0; i < entities.Length; i++)
        {
            var e = article.Entities[i];
            entities[i] = new EntityDeclaration(e.Kind, EntityKeys.Identifier(e), e.Name, e.Acronym, e.Aliases, e.Title, e.Affiliation);
        }
        return new ArticleSummary(
            seed.SourceFile,
            seed.HolderName,
            seed.TextResource,
            seed.WishedName,
            article.TitleText ?? "",
            article.Paragraphs.Count == 0 ? "" : LeadOf(article),
            new EquatableArray<EntityDeclaration>(entities));
    }

    private static string LeadOf(ArticleModel article)
    {
        var range = article.Paragraphs[0].Range;
        return article.Text.Substring(range.Start, System.Math.Min(range.Length, 300));
    }
}

/// <summary>An entity as the corpus declares it (its mentions stay with the article).</summary>
public sealed record EntityDeclaration(
    EntityKind Kind,
    string Identifier,
    string Name,
    string? Acronym,
    EquatableArray<string> Aliases,
    string? Title,
    string? Affiliation);
