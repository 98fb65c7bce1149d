using System;
using System.Globalization;
using System.IO;
using System.Threading;
using CorpusGen.Core;
using CorpusGen.Core.Naming;
using CorpusGen.Generators.Model;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generators;

/// <summary>Reads one additional file into a <see cref="SeedArticle"/>. Never throws but for cancellation.</summary>
public static class SeedReader
{
    /// <param name="resource">The manifest resource the build embeds the file as, or null.</param>
    public static SeedArticle Read(AdditionalText file, string? resource, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var sourceFile = SourceFile(file.Path, options.ProjectDirectory);
        var holder = "Article_" + Hash(sourceFile);
        ArticleModel article;
        string? textResource = null;
        try
        {
            var text = file.GetText(cancellationToken);
            article = SeedModels.Read(text, cancellationToken);
            // The resource holds the file's bytes; the runtime decodes them as UTF-8 without the byte
            // order mark, which gives this text only if the compiler read the file as UTF-8 and the
            // model kept all of it (a file too large to read keeps none).
            if (resource is not null && text?.Encoding?.CodePage == 65001 && article.Text.Length == text.Length) textResource = resource;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The file itself could not be opened; the fault stays with this article.
            article = ArticleReader.Unreadable("", "the file could not be read: " + e.GetType().Name + ": " + e.Message);
        }
        var stem = Path.GetFileNameWithoutExtension(file.Path);
        var wished = ArticleNames.Wished(article, stem);
        return new SeedArticle(sourceFile, holder, wished, textResource, article);
    }

    /// <summary>The path relative to the project, with forward slashes, when the file is inside it.</summary>
    public static string SourceFile(string path, string? projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        if (projectDirectory is null) return normalized;
        var root = projectDirectory.Replace('\\', '/').TrimEnd('/') + "/";
        return normalized.StartsWith(root, StringComparison.Ordinal) ? normalized.Substring(root.Length) : normalized;
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across runs, machines and cultures.</summary>
    public static string Hash(string value)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in value)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
