using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Entities;

/// <summary>A built-in entity: its kind, canonical name, acronym and the nouns that describe it.</summary>
public sealed class LexiconEntry
{
    public LexiconEntry(EntityKind kind, string name, string? acronym, string[] descriptors)
    {
        Kind = kind;
        Name = name;
        Acronym = acronym;
        Descriptors = descriptors;
    }

    public EntityKind Kind { get; }
    public string Name { get; }
    public string? Acronym { get; }
    public string[] Descriptors { get; }

    /// <summary>The same key in two articles means the same referent.</summary>
    public string Key => Acronym ?? Name;
}

/// <summary>What a name or title says of a person's gender; most say nothing.</summary>
public enum Gender
{
    Unknown,
    Male,
    Female,
}

/// <summary>The built-in word lists, parsed once. Lookups are ordinal on normalised surfaces.</summary>
public static class Lexicon
{
    private static readonly NameIndex<LexiconEntry> Names = new();
    private static readonly WordSet TitleWords = new(StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet FirstNameSet = new(StringComparer.Ordinal);
    private static readonly WordSet PersonNounSet = new(StringComparer.Ordinal);
    private static readonly WordSet FemaleFirstNameSet = new(StringComparer.Ordinal);
    private static readonly WordSet EitherFirstNameSet = new(StringComparer.Ordinal);
    private static readonly WordSet MaleTitleSet = new(StringComparer.Ordinal);
    private static readonly WordSet FemaleTitleSet = new(StringComparer.Ordinal);

    [MethodImpl(Jit.Optimized)]
    static Lexicon()
    {
        foreach (var line in Lines(KnownPlaces.Data))
        {
            var parts = line.Split(';');
            var names = parts[0].Split('|');
            var entry = new LexiconEntry(EntityKind.Place, names[0], null, Array.Empty<string>());
            foreach (var name in names) Add(name, entry);
            if (parts.Length > 1)
            {
                foreach (var demonym in parts[1].Split('|')) Add(demonym, entry);
            }
        }
        foreach (var line in Lines(KnownOrganizations.Data))
        {
            var parts = line.Split(';');
            var names = parts[0].Split('|');
            string? acronym = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
            var descriptors = parts.Length > 2 ? parts[2].Split('|') : Array.Empty<string>();
            var entry = new LexiconEntry(EntityKind.Organization, names[0], acronym, descriptors);
            foreach (var name in names) Add(name, entry);
            if (acronym is not null) Add(acronym, entry);
        }
        foreach (var word in Words(PersonNames.Titles)) TitleWords.Add(word);
        foreach (var word in Words(PersonNames.FirstNames)) FirstNameSet.Add(word);
        foreach (var word in Words(PersonNames.PersonNouns)) PersonNounSet.Add(word);
        foreach (var word in Words(PersonNames.FemaleFirstNames)) FemaleFirstNameSet.Add(word);
        foreach (var word in Words(PersonNames.EitherFirstNames)) EitherFirstNameSet.Add(word);
        foreach (var word in Words(PersonNames.MaleTitles)) MaleTitleSet.Add(word);
        foreach (var word in Words(PersonNames.FemaleTitles)) FemaleTitleSet.Add(word);
    }

    /// <summary>What text[start..end) names, and whether a longer built-in name starts with it; <paramref name="hash"/> is its <see cref="NameKey.Hash"/>.</summary>
    public static (LexiconEntry? Entry, bool Prefix) LookUp(string text, int start, int end, int hash) => Names.LookUp(text, start, end, hash);

    /// <summary>A word that can stand before a person's name ("Sen.", "Secretary-General").</summary>
    public static bool IsTitle(string word) => TitleWords.Contains(word.TrimEnd('.'));

    public static bool IsFirstName(string word) => FirstNameSet.Contains(word);

    /// <summary>
    /// "Theresa May", "Jill June": a month's name right after a first name is a surname, not a date, so
    /// neither the name nor the speaker before "said" is cut short at it.
    /// </summary>
    public static bool IsSurnameAfter(string firstName, string word) => Text.Words.IsMonthName(word) && FirstNameSet.Contains(firstName);

    /// <summary>A noun for what a person is or does: "pollster", "aide", "father".</summary>
    public static bool IsPersonNoun(string word) => PersonNounSet.Contains(word);

    /// <summary>The office a title or a noun names, so that "Sen.", "Senator" and "the senator" are one.</summary>
    private static readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["Sen"] = "senator", ["Senator"] = "senator", ["senator"] = "senator",
        ["Rep"] = "representative", ["Representative"] = "representative", ["Congressman"] = "representative",
        ["Congresswoman"] = "representative", ["representative"] = "representative", ["congressman"] = "representative",
        ["congresswoman"] = "representative",
        ["Gov"] = "governor", ["Governor"] = "governor", ["governor"] = "governor",
        ["President"] = "president", ["president"] = "president",
        ["Mayor"] = "mayor", ["mayor"] = "mayor",
        ["Minister"] = "minister", ["minister"] = "minister",
        ["Ambassador"] = "ambassador", ["ambassador"] = "ambassador",
        ["Judge"] = "judge", ["judge"] = "judge",
        ["Chairman"] = "chairman", ["Chairwoman"] = "chairman", ["chairman"] = "chairman", ["chairwoman"] = "chairman",
    };

    /// <summary>
    /// The office named by a title's last word ("Former Rep" → representative, "Prime Minister" →
    /// minister) or by a noun ("the senator"), or null when it names none of them.
    /// </summary>
    public static string? Role(string? titleOrNoun)
    {
        if (titleOrNoun is null) return null;
        int space = titleOrNoun.LastIndexOf(' ');
        return Roles.TryGetValue(space < 0 ? titleOrNoun : titleOrNoun.Substring(space + 1), out var role) ? role : null;
    }

    /// <summary>
    /// A person's gender as far as the name or title tells it ("Hillary Clinton", "Mrs", "Congressman"),
    /// else <see cref="Gender.Unknown"/>.
    /// </summary>
    public static Gender GenderOf(string name, string? title)
    {
        if (title is not null)
        {
            foreach (var word in title.Split(' '))
            {
                if (GenderOfTitle(word) is var gender && gender != Gender.Unknown) return gender;
            }
        }
        int space = name.IndexOf(' ');
        var first = space < 0 ? name : name.Substring(0, space);
        if (FemaleFirstNameSet.Contains(first)) return Gender.Female;
        return FirstNameSet.Contains(first) && !EitherFirstNameSet.Contains(first) ? Gender.Male : Gender.Unknown;
    }

    /// <summary>The gender a title says ("Mrs", "Mr.", "Congressman"), else <see cref="Gender.Unknown"/>.</summary>
    public static Gender GenderOfTitle(string title)
    {
        var word = title.Length > 1 && title[title.Length - 1] == '.' ? title.Substring(0, title.Length - 1) : title;
        return MaleTitleSet.Contains(word) ? Gender.Male : FemaleTitleSet.Contains(word) ? Gender.Female : Gender.Unknown;
    }

    private static void Add(string surface, LexiconEntry entry)
    {
        // The first list that names a surface keeps it (places before organisations).
        Names.Add(surface.Trim(), entry);
    }

    [MethodImpl(Jit.Optimized)]
    private static IEnumerable<string> Lines(string data)
    {
        foreach (var raw in data.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0) yield return line;
        }
    }

    private static IEnumerable<string> Words(string data) =>
        data.Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
}
