using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Entities;

/// <summary>
/// Names and every start of a name that ends at a word break ("People", "People's", "People's
/// Republic"...), in one table, so that one look-up says both what a surface names and whether a
/// longer name could start with it. Keys are in <see cref="NameKey"/>'s form, and a span of the text is
/// looked up where it stands: the reader asks about every capitalised word, and a string for each
/// (with a second hash for the built-in list) was a tenth of its time.
/// </summary>
public sealed class NameIndex<T>
    where T : class
{
    /// <summary>Where a name of several words breaks into words ("Washington, D.C.", "People's Republic").</summary>
    private static readonly char[] Breaks = { ' ', ',', '\'', '-', '.' };

    private struct Entry
    {
        public string? Key;
        public int Hash;
        public T? Value;
        public bool Prefix;
    }

    // Open addressing, linear probing, a power-of-two size kept at most half full. An article's names and
    // their prefixes most often fit in 64 slots (three PolNeAR articles in four): starting there saves
    // the three copies of growing to it.
    private Entry[] _slots = new Entry[64];

    public int Count { get; private set; }

    /// <summary>Adds a name; the first value given for a name keeps it.</summary>
    [MethodImpl(Jit.Optimized)]
    public void Add(string name, T value)
    {
        name = NameKey.Normalize(name);
        ref var entry = ref Slot(name, name.Length);
        entry.Value ??= value;
        for (int i = name.IndexOfAny(Breaks); i > 0; i = name.IndexOfAny(Breaks, i + 1))
        {
            Slot(name, i).Prefix = true;
            if (name[i] != ' ') Slot(name, i + 1).Prefix = true;
        }
    }

    public (T? Value, bool Prefix) LookUp(string name) => LookUp(name, 0, name.Length, NameKey.Hash(name, 0, name.Length));

    /// <summary>What text[start..end) names, and whether a longer name starts with it; <paramref name="hash"/> is its <see cref="NameKey.Hash"/>.</summary>
    [MethodImpl(Jit.Optimized)]
    public (T? Value, bool Prefix) LookUp(string text, int start, int end, int hash)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = hash & mask; slots[i].Key is { } key; i = (i + 1) & mask)
        {
            if (slots[i].Hash == hash && NameKey.Matches(key, text, start, end)) return (slots[i].Value, slots[i].Prefix);
        }
        return default;
    }

    /// <summary>
    /// The entry for the first <paramref name="length"/> characters of <paramref name="name"/> (in its
    /// compared form), added empty when it is new. A prefix's string is made only then: most prefixes
    /// ("Donald" of "Donald Trump") are there already.
    /// </summary>
    private ref Entry Slot(string name, int length)
    {
        if ((Count + 1) * 2 > _slots.Length) Grow();
        int hash = NameKey.Hash(name, 0, length);
        int mask = _slots.Length - 1;
        int i = hash & mask;
        while (_slots[i].Key is { } existing)
        {
            if (_slots[i].Hash == hash && existing.Length == length && string.CompareOrdinal(existing, 0, name, 0, length) == 0) return ref _slots[i];
            i = (i + 1) & mask;
        }
        Count++;
        _slots[i].Key = length == name.Length ? name : name.Substring(0, length);
        _slots[i].Hash = hash;
        return ref _slots[i];
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Entry[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Key is null) continue;
            int i = entry.Hash & mask;
            while (_slots[i].Key is not null) i = (i + 1) & mask;
            _slots[i] = entry;
        }
    }
}
