using System;
using System.Collections.Generic;

namespace CorpusGen;

public enum EntityKind
{
    Person,
    Organization,
    Place,

    /// <summary>A declaration, statement or report quoted as if it spoke.</summary>
    Document,
}

/// <summary>
/// A person, organisation, place or document named in the corpus. There is one object per referent
/// across all articles, so entities compare by reference.
/// </summary>
public abstract class Entity
{
    private protected Entity(string name, string[] aliases)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Aliases = aliases ?? Array.Empty<string>();
    }

    public string Name { get; }

    public abstract EntityKind Kind { get; }

    /// <summary>Other names the articles use for it (an acronym, a surname, a long form).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>True when <paramref name="name"/> is its name or one of its aliases (ordinal, ignoring case).</summary>
    public bool IsNamed(string name)
    {
        if (string.Equals(Name, name, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var alias in Aliases)
        {
            if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    public override string ToString() => Name;
}

public sealed class Person : Entity
{
    public Person(string name, string[] aliases, string? title = null, string? affiliation = null)
        : base(name, aliases)
    {
        Title = title;
        Affiliation = affiliation;
    }

    public override EntityKind Kind => EntityKind.Person;

    /// <summary>The title the articles give ("Secretary-General").</summary>
    public string? Title { get; }

    /// <summary>The organisation or country the title belongs to ("NATO").</summary>
    public string? Affiliation { get; }
}

public sealed class Organization : Entity
{
    public Organization(string name, string[] aliases, string? acronym = null)
        : base(name, aliases) => Acronym = acronym;

    public override EntityKind Kind => EntityKind.Organization;

    public string? Acronym { get; }
}

public sealed class Place : Entity
{
    public Place(string name, string[] aliases)
        : base(name, aliases)
    {
    }

    public override EntityKind Kind => EntityKind.Place;
}

public sealed class Document : Entity
{
    public Document(string name, string[] aliases)
        : base(name, aliases)
    {
    }

    public override EntityKind Kind => EntityKind.Document;
}
