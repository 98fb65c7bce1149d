using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace CorpusGen;

/// <summary>
/// Every entity of the corpus with the key generated code names it by ("People.JensStoltenberg"). An
/// article lists its entities by key, not by position, so adding an entity elsewhere in the corpus
/// changes no article's generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntityTable
{
    private readonly Dictionary<string, Entity> _byKey;

    /// <param name="entities">The corpus's entities.</param>
    /// <param name="keys">Their keys in the same order, split by <see cref="Layout.KeySeparator"/>.</param>
    public EntityTable(Entity[] entities, string keys)
    {
        All = entities ?? throw new ArgumentNullException(nameof(entities));
        var split = keys.Length == 0 ? Array.Empty<string>() : keys.Split(Layout.KeySeparator);
        if (split.Length != entities.Length) throw new ArgumentException($"{split.Length} keys for {entities.Length} entities.", nameof(keys));
        _byKey = new Dictionary<string, Entity>(entities.Length, StringComparer.Ordinal);
        for (int i = 0; i < entities.Length; i++) _byKey.Add(split[i], entities[i]);
    }

    public Entity[] All { get; }

    /// <summary>The entities named by the keys that end <paramref name="data"/> from <paramref name="start"/> (UTF-8, split by the same separator).</summary>
    internal Entity[] Resolve(byte[] data, int start)
    {
        if (start >= data.Length) return Array.Empty<Entity>();
        var keys = Encoding.UTF8.GetString(data, start, data.Length - start).Split(Layout.KeySeparator);
        var result = new Entity[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            if (!_byKey.TryGetValue(keys[i], out var entity)) throw new FormatException($"CorpusGen: no entity '{keys[i]}' in the corpus. Rebuild the project.");
            result[i] = entity;
        }
        return result;
    }
}
