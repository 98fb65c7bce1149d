using System;
using System.Collections.Generic;
using System.Globalization;

namespace CorpusGen;

/// <summary>
/// The optional front matter of a seed file (<c>---</c> block of <c>key: value</c> lines), with the
/// usual keys typed. A value that does not parse (a malformed date) leaves its typed property null;
/// the raw text stays in <see cref="Values"/>.
/// </summary>
public sealed class ArticleMetadata
{
    public static readonly ArticleMetadata Empty = new(new Dictionary<string, string>());

    public ArticleMetadata(IReadOnlyDictionary<string, string> values)
    {
        Values = values;
        Url = Get("url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
        Published = Get("published") is { } published
            && DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
        Author = Get("author");
        Source = Get("source");
    }

    public Uri? Url { get; }

    public DateTimeOffset? Published { get; }

    public string? Author { get; }

    public string? Source { get; }

    /// <summary>Every front matter entry as written, keys compared ignoring case.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    private string? Get(string key) => Values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}
