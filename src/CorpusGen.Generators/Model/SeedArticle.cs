using CorpusGen.Core;

namespace CorpusGen.Generators.Model;

/// <summary>
/// One seed file read: where it is, the name it would like in <c>Corpus.Articles</c>, and its model.
/// <see cref="TextResource"/> is the manifest resource holding the text, or null when the text must be
/// written into the code, in a class named <see cref="HolderName"/>: that name depends only on the file,
/// so an article's source never changes because of another article.
/// </summary>
public sealed record SeedArticle(string SourceFile, string HolderName, string WishedName, string? TextResource, ArticleModel Article);
