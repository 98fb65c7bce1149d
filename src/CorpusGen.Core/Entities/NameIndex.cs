using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Entities;

/// <summary>
/// Names and every start of a name that ends at a word break ("People", "People's", "People's
/// Republic"...), in one dictionary, so that one look-up says both what a surface names and whether a
/// longer name could start with it.
/// </summary>
public sealed class NameIndex<T>
    where T : class
{
    /// <summary>Where a name of several words breaks into words ("Washington, D.C.", "People's Republic").</summary>
    private static readonly char[] Breaks = { ' ', ',', '\'', '-', '.' };

    private readonly Dictionary<string, (T? Value, bool Prefix)> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>Adds a normalised name; the first value given for a name keeps it.</summary>
    [MethodImpl(Jit.Optimized)]
    public void Add(string name, T value)
    {
        _entries.TryGetValue(name, out var entry);
        if (entry.Value is null) _entries[name] = (value, entry.Prefix);
        for (int i = name.IndexOfAny(Breaks); i > 0; i = name.IndexOfAny(Breaks, i + 1))
        {
            MarkPrefix(name.Substring(0, i));
            if (name[i] != ' ') MarkPrefix(name.Substring(0, i + 1));
        }
    }

    public (T? Value, bool Prefix) LookUp(string name) => _entries.TryGetValue(name, out var entry) ? entry : default;

    public bool Contains(string name) => _entries.TryGetValue(name, out var entry) && entry.Value is not null;

    private void MarkPrefix(string prefix)
    {
        _entries.TryGetValue(prefix, out var entry);
        _entries[prefix] = (entry.Value, true);
    }
}
