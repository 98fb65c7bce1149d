using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace CorpusGen;

/// <summary>All articles and entities of a corpus, with queries across them.</summary>
public sealed class CorpusIndex
{
    private Dictionary<Entity, Quote[]>? _quotesBySpeaker;
    private Dictionary<Entity, Article[]>? _articlesByEntity;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public CorpusIndex(Article[] articles, Entity[] entities)
    {
        Articles = articles;
        Entities = entities;
    }

    /// <summary>Every article, ordered by seed file path.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Every entity, ordered by kind and name.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    public IEnumerable<Person> People => Entities.OfType<Person>();

    public IEnumerable<Organization> Organizations => Entities.OfType<Organization>();

    public IEnumerable<Place> Places => Entities.OfType<Place>();

    public IEnumerable<Document> Documents => Entities.OfType<Document>();

    /// <summary>Every quote credited to <paramref name="speaker"/>, across all articles, in corpus order.</summary>
    public IReadOnlyList<Quote> QuotesBy(Entity speaker)
    {
        if (speaker is null) throw new ArgumentNullException(nameof(speaker));
        var map = _quotesBySpeaker ??= Articles
            .SelectMany(a => a.Quotes)
            .Where(q => q.Speaker is not null)
            .GroupBy(q => q.Speaker!)
            .ToDictionary(g => g.Key, g => g.ToArray());
        return map.TryGetValue(speaker, out var quotes) ? quotes : Array.Empty<Quote>();
    }

    /// <summary>Every article that names <paramref name="entity"/>.</summary>
    public IReadOnlyList<Article> ArticlesMentioning(Entity entity)
    {
        if (entity is null) throw new ArgumentNullException(nameof(entity));
        var map = _articlesByEntity ??= Articles
            .SelectMany(a => a.Entities.Distinct().Select(e => (Entity: e, Article: a)))
            .GroupBy(p => p.Entity)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Article).ToArray());
        return map.TryGetValue(entity, out var articles) ? articles : Array.Empty<Article>();
    }

    /// <summary>The entities called <paramref name="name"/> (by name or alias, ignoring case).</summary>
    public IReadOnlyList<Entity> FindEntities(string name) => Entities.Where(e => e.IsNamed(name)).ToArray();
}
