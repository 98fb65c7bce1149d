using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Naming;

namespace CorpusGen.Core.Naming;

/// <summary>
/// The member names of articles in <c>Corpus.Articles</c>: each asks for its title's name (else its
/// file's), and clashes are settled in path order. The generator, the analyzer and the command line all
/// name articles here, so they always agree.
/// </summary>
public static class ArticleNames
{
    public const string Container = "Articles";

    public static string Wished(ArticleModel article, string fileStem) =>
        Identifiers.Member(article.TitleText ?? fileStem, "Article", Container);

    /// <summary>An article whose wished name an earlier file (in path order) already has.</summary>
    public readonly record struct Clash(int Index, string Wished, int Owner, string Given);

    /// <summary>The clashes among articles given in path order.</summary>
    [MethodImpl(Jit.Optimized)]
    public static List<Clash> Clashes(IReadOnlyList<string> wishedInPathOrder)
    {
        var unique = Identifiers.MakeUnique(wishedInPathOrder);
        var clashes = new List<Clash>();
        for (int i = 0; i < unique.Length; i++)
        {
            if (unique[i].ClashesWith >= 0) clashes.Add(new Clash(i, wishedInPathOrder[i], unique[i].ClashesWith, unique[i].Name));
        }
        return clashes;
    }
}
