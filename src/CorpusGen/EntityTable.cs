using System;
using System.Collections.Generic;
using System.ComponentModel;
using CorpusGen.Core;
using CorpusGen.Core.Naming;

namespace CorpusGen;

/// <summary>
/// Every entity of the corpus with the key its generated member is named by ("People.JensStoltenberg",
/// see <see cref="EntityKeys"/>). An article finds its entities here by key when it is read.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntityTable
{
    private readonly Dictionary<string, Entity> _byKey;

    /// <param name="entities">The corpus's entities.</param>
    /// <param name="keys">Their keys in the same order, split by <see cref="EntityKeys.Separator"/>.</param>
    /// <param name="aliases">
    /// Keys that name one of them under another ("People.Obama=People.BarackObama", see
    /// <see cref="EntityKeys.AliasMark"/>), split by <see cref="EntityKeys.Separator"/>.
    /// </param>
    public EntityTable(Entity[] entities, string keys, string aliases = "")
    {
        All = entities ?? throw new ArgumentNullException(nameof(entities));
        if (keys is null) throw new ArgumentNullException(nameof(keys));
        if (aliases is null) throw new ArgumentNullException(nameof(aliases));
        var split = List(keys);
        if (split.Length != entities.Length) throw new ArgumentException($"{split.Length} keys for {entities.Length} entities.", nameof(keys));
        _byKey = new Dictionary<string, Entity>(entities.Length, StringComparer.Ordinal);
        for (int i = 0; i < entities.Length; i++) _byKey.Add(split[i], entities[i]);
        foreach (var alias in List(aliases))
        {
            int mark = alias.IndexOf(EntityKeys.AliasMark);
            if (mark < 0 || !_byKey.TryGetValue(alias.Substring(mark + 1), out var entity)) throw new ArgumentException($"Alias '{alias}' names no entity.", nameof(aliases));
            _byKey.Add(alias.Substring(0, mark), entity);
        }
    }

    private static string[] List(string joined) => joined.Length == 0 ? Array.Empty<string>() : joined.Split(EntityKeys.Separator);

    public Entity[] All { get; }

    /// <summary>
    /// An article's entities: each corpus entity once, in order of first mention, and for each of the
    /// model's entities the corpus entity it is.
    /// </summary>
    internal (Entity[] Distinct, Entity[] Of) Resolve(EquatableArray<EntityModel> entities)
    {
        var distinct = new List<Entity>(entities.Count);
        var of = new Entity[entities.Count];
        var seen = new HashSet<Entity>();
        for (int i = 0; i < of.Length; i++)
        {
            var key = EntityKeys.Key(entities[i]);
            if (!_byKey.TryGetValue(key, out var entity)) throw new InvalidOperationException($"CorpusGen: no entity '{key}' in the corpus. Rebuild the project.");
            of[i] = entity;
            if (seen.Add(entity)) distinct.Add(entity);
        }
        return (distinct.ToArray(), of);
    }
}
