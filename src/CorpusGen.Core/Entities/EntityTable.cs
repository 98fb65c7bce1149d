using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Entities;

/// <summary>One entity while an article is being read.</summary>
public sealed class EntityBuilder
{
    internal EntityBuilder(EntityKind kind, string key, string name, string? acronym, string[] descriptors)
    {
        Kind = kind;
        Key = key;
        Name = name;
        Acronym = acronym;
        Descriptors = descriptors;
    }

    public EntityKind Kind { get; }
    public string Key { get; }
    public string Name { get; }

    /// <summary>The name in <see cref="NameKey"/>'s compared form, made once: mentions are compared with it.</summary>
    internal string ComparedName => _comparedName ??= NameKey.Normalize(Name);
    private string? _comparedName;
    public string? Acronym { get; set; }
    public string[] Descriptors { get; }
    public string? Title { get; set; }
    public string? Affiliation { get; set; }

    /// <summary>
    /// What the name or title says of a person's gender, worked out once: asked for every person a
    /// pronoun passes over. (The recognizer sets the title when it makes the person, before anyone asks.)
    /// </summary>
    public Gender Gender => _gender ??= Lexicon.GenderOf(Name, Title);
    private Gender? _gender;
    /// <summary>Other names used for it, each once (few per entity, so a list is cheapest).</summary>
    public List<string> Aliases { get; } = new();

    public void AddAlias(string alias)
    {
        if (!Aliases.Contains(alias)) Aliases.Add(alias);
    }
    public List<TextRange> Mentions { get; } = new();
}

/// <summary>
/// The entities of one article, found by their surfaces (a name, an acronym, a surname), each merged
/// into one entity per referent, and every mention recorded in text order.
/// </summary>
public sealed class EntityTable
{
    private readonly string _text;
    private readonly Dictionary<(EntityKind, string), EntityBuilder> _byKey = new();
    private readonly Dictionary<LexiconEntry, EntityBuilder> _byEntry = new();
    private readonly NameIndex<EntityBuilder> _names = new();
    private readonly List<(TextRange Range, EntityBuilder Entity)> _mentions = new();

    public EntityTable(string text) => _text = text;

    public IEnumerable<EntityBuilder> All => _byKey.Values;

    public EntityBuilder GetOrAdd(LexiconEntry entry)
    {
        if (_byEntry.TryGetValue(entry, out var known)) return known;
        var entity = GetOrAdd(entry.Kind, entry.Key, entry.Name, entry.Descriptors);
        entity.Acronym ??= entry.Acronym;
        _byEntry.Add(entry, entity);
        return entity;
    }

    public EntityBuilder GetOrAdd(EntityKind kind, string key, string name, string[]? descriptors = null)
    {
        if (!_byKey.TryGetValue((kind, key), out var entity))
        {
            entity = new EntityBuilder(kind, key, name, null, descriptors ?? Array.Empty<string>());
            _byKey.Add((kind, key), entity);
        }
        return entity;
    }

    /// <summary>Makes <paramref name="surface"/> name <paramref name="entity"/> in this article.</summary>
    public void AddSurface(string surface, EntityBuilder entity) => _names.Add(surface, entity);

    /// <summary>
    /// The entity a surface names here first, then in the built-in lists, and whether a longer name
    /// (here or built in) starts with it.
    /// </summary>
    public (EntityBuilder? Entity, bool Prefix) LookUp(string surface) => LookUp(surface, 0, surface.Length);

    /// <summary><see cref="LookUp(string)"/> for text[start..end), where it stands.</summary>
    [MethodImpl(Jit.Optimized)]
    public (EntityBuilder? Entity, bool Prefix) LookUp(string text, int start, int end)
    {
        int hash = NameKey.Hash(text, start, end);
        var own = _names.Count == 0 ? default : _names.LookUp(text, start, end, hash);
        if (own.Value is not null) return (own.Value, own.Prefix || Lexicon.LookUp(text, start, end, hash).Prefix);
        var (entry, prefix) = Lexicon.LookUp(text, start, end, hash);
        return (entry is null ? null : GetOrAdd(entry), own.Prefix || prefix);
    }

    /// <summary>The entity a surface names here first, then in the built-in lists.</summary>
    public EntityBuilder? Find(string surface) => LookUp(surface).Entity;

    /// <summary><see cref="Find(string)"/> for text[start..end), where it stands.</summary>
    public EntityBuilder? Find(string text, int start, int end) => LookUp(text, start, end).Entity;

    public bool IsKnownSurface(string surface) => Find(surface) is not null;

    public void AddMention(EntityBuilder entity, TextRange range)
    {
        // Most mentions are the name itself: compared in place, no string is made for them.
        if (range.Length != entity.Name.Length || string.CompareOrdinal(_text, range.Start, entity.Name, 0, range.Length) != 0)
        {
            if (!NameKey.Matches(entity.ComparedName, _text, range.Start, range.End)) entity.AddAlias(range.Slice(_text));
        }
        entity.Mentions.Add(range);
        // Kept sorted: the recognizer adds in text order, speakers found later land in their place.
        _mentions.Insert(FirstAtOrAfter(range.Start), (range, entity));
    }

    /// <summary>Mentions inside <paramref name="range"/>, in text order.</summary>
    public MentionsInRange MentionsIn(TextRange range) => new(_mentions, range, FirstAtOrAfter(range.Start));

    /// <summary>
    /// The mentions inside a range, for <c>foreach</c>. A struct rather than an iterator: the attributor
    /// asks for them several times a quote, and an iterator was an object each time (2 of the 58 MB that
    /// reading 1,000 articles allocated).
    /// </summary>
    public struct MentionsInRange
    {
        private readonly List<(TextRange Range, EntityBuilder Entity)> _mentions;
        private readonly TextRange _range;
        private int _next;

        internal MentionsInRange(List<(TextRange Range, EntityBuilder Entity)> mentions, TextRange range, int first)
        {
            _mentions = mentions;
            _range = range;
            _next = first;
            Current = default;
        }

        public (TextRange Range, EntityBuilder Entity) Current { get; private set; }

        public MentionsInRange GetEnumerator() => this;

        [MethodImpl(Jit.Optimized)]
        public bool MoveNext()
        {
            while (_next < _mentions.Count && _mentions[_next].Range.Start < _range.End)
            {
                var mention = _mentions[_next++];
                if (_range.Contains(mention.Range))
                {
                    Current = mention;
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>The last mention of <paramref name="entity"/> inside [<paramref name="from"/>, <paramref name="before"/>), if any.</summary>
    [MethodImpl(Jit.Optimized)]
    public TextRange? LastMentionOf(EntityBuilder entity, int from, int before)
    {
        for (int i = FirstAtOrAfter(before) - 1; i >= 0 && _mentions[i].Range.Start >= from; i--)
        {
            if (_mentions[i].Entity == entity && _mentions[i].Range.End <= before) return _mentions[i].Range;
        }
        return null;
    }

    /// <summary>
    /// The entity mentioned last before <paramref name="offset"/> that <paramref name="accept"/> takes,
    /// looking back a bounded number of mentions so that reading stays linear.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public EntityBuilder? LastBefore(int offset, Func<EntityBuilder, bool> accept, int lookBack = 200)
    {
        for (int i = FirstAtOrAfter(offset) - 1, seen = 0; i >= 0 && seen < lookBack; i--, seen++)
        {
            if (_mentions[i].Range.End <= offset && accept(_mentions[i].Entity)) return _mentions[i].Entity;
        }
        return null;
    }

    [MethodImpl(Jit.Optimized)]
    private int FirstAtOrAfter(int offset)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_mentions[mid].Range.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Entities with at least one mention, ordered by their first mention.</summary>
    public List<EntityBuilder> Mentioned()
    {
        var mentioned = new List<(int First, int Order, EntityBuilder Entity)>(_byKey.Count);
        foreach (var entity in _byKey.Values)
        {
            if (entity.Mentions.Count == 0) continue;
            int first = int.MaxValue;
            foreach (var mention in entity.Mentions) first = Math.Min(first, mention.Start);
            mentioned.Add((first, mentioned.Count, entity));
        }
        // Ties keep the order the entities were met in (the table's order), as a stable sort would.
        mentioned.Sort(static (a, b) =>
            a.First != b.First ? a.First.CompareTo(b.First)
            : string.CompareOrdinal(a.Entity.Key, b.Entity.Key) is var byKey and not 0 ? byKey
            : a.Order.CompareTo(b.Order));
        var entities = new List<EntityBuilder>(mentioned.Count);
        foreach (var (_, _, entity) in mentioned) entities.Add(entity);
        return entities;
    }
}
