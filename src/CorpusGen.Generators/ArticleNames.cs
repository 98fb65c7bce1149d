using CorpusGen.Core;

namespace CorpusGen.Generators;

/// <summary>The member name an article asks for in <c>Corpus.Articles</c>: its title's, else its file's.</summary>
public static class ArticleNames
{
    public const string Container = "Articles";

    public static string Wished(ArticleModel article, string fileStem) =>
        Identifiers.Member(article.TitleText ?? fileStem, "Article", Container);
}
