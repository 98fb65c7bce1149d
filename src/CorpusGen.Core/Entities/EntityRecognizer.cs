using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using CorpusGen.Core.Attribution;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Entities;

/// <summary>
/// Finds the people, organisations and places an article names, in three linear passes: acronym
/// definitions ("North Atlantic Treaty Organization (NATO)"), people (a capitalised name after a title
/// or starting with a known first name), then every mention by longest match against the article's
/// own names and the built-in lists.
/// </summary>
public static partial class EntityRecognizer
{
    /// <summary>The longest name, in words, that a mention can be.</summary>
    private const int MaxNameWords = 6;

    [MethodImpl(Jit.Optimized)]
    public static EntityTable Recognize(string text, IReadOnlyList<Passage> passages)
    {
        var table = new EntityTable(text);
        foreach (var passage in passages) FindAcronymDefinitions(text, passage, table);
        List<TitledSurname>? titledSurnames = null;
        foreach (var passage in passages)
        {
            // Headlines capitalise every word ("Clinton Was Headed to ER"): people are found in the body.
            if (passage.Paragraph >= 0) FindPeople(text, passage, table, ref titledSurnames);
        }
        // "President Obama", "Dr. Carson": a lone surname after a title is a person, unless a full name
        // anywhere in the article already gave it ("Barack Obama" later still makes one person).
        if (titledSurnames is not null)
        {
            foreach (var titled in titledSurnames) AddTitledSurname(text, titled, table);
        }
        foreach (var passage in passages) FindMentions(text, passage, table);
        return table;
    }

    [MethodImpl(Jit.Optimized)]
    private static void FindAcronymDefinitions(string text, Passage passage, EntityTable table)
    {
        var tokens = passage.Tokens;
        for (int i = 1; i + 2 < tokens.Count; i++)
        {
            if (text[tokens[i].Start] != '(' || text[tokens[i + 2].Start] != ')' || !IsAcronym(text, tokens[i + 1])) continue;
            var acronym = tokens[i + 1].Range.Slice(text);
            int last = i - 1;
            if (tokens[last].Kind == TokenKind.Possessive) last--;
            int first = LongFormStart(text, tokens, last, acronym);
            if (first < 0) continue;

            var longRange = new TextRange(tokens[first].Start, tokens[last].End);
            var longForm = longRange.Slice(text);
            var entity = table.Find(longForm) ?? table.Find(acronym);
            if (entity is null)
            {
                entity = table.GetOrAdd(EntityKind.Organization, acronym, longForm);
                entity.Acronym = acronym;
            }
            table.AddSurface(longForm, entity);
            table.AddSurface(acronym, entity);
            entity.AddAlias(acronym == entity.Acronym ? longForm : acronym);
        }
    }

    /// <summary>
    /// The first token of the capitalised words before "(ACR)" whose initials spell the acronym, or -1.
    /// Small words (of, the, and, for) may stand inside the long form.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static int LongFormStart(string text, List<Token> tokens, int last, string acronym)
    {
        int letters = 0;
        for (int k = last; k >= 0 && last - k < 12; k--)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Possessive) continue;
            if (!token.IsWord) return -1;
            var word = token.Range.Slice(text);
            if (char.IsUpper(word[0]))
            {
                letters++;
                if (letters > acronym.Length) return -1;
                if (char.ToUpperInvariant(acronym[acronym.Length - letters]) != word[0]) return -1;
                if (letters == acronym.Length) return k;
            }
            else if (word is not ("of" or "the" or "and" or "for" or "on" or "in" or "de" or "&"))
            {
                return -1;
            }
        }
        return -1;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool IsAcronym(string text, Token token)
    {
        if (!token.IsWord || token.Length < 2 || token.Length > 8) return false;
        for (int i = token.Start; i < token.End; i++)
        {
            if (!char.IsUpper(text[i]) && text[i] != '.' && text[i] != '&') return false;
        }
        return true;
    }

    [MethodImpl(Jit.Optimized)]
    private static void FindPeople(string text, Passage passage, EntityTable table, ref List<TitledSurname>? titledSurnames)
    {
        var tokens = passage.Tokens;
        int i = 0;
        while (i < tokens.Count)
        {
            if (!Words.StartsUpper(text, tokens[i]))
            {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.Count && (Words.StartsUpper(text, tokens[end]) || IsNameDot(text, tokens, end) || (tokens[end].Kind == TokenKind.QuoteMark && Nickname.IsMark(text, tokens, end)))) end++;
            TryPerson(text, passage, i, end, table, ref titledSurnames);
            i = end;
        }
    }

    /// <summary>"Says", "Explained", "Is": a capitalised verb ("Said" and "Will" are names as often: Edward Said, George Will).</summary>
    private static bool IsHeadlineVerb(string word) =>
        word != "Said" && char.IsUpper(word[0]) && (word is "Is" or "Was" or "Has" or "Leads" || CueLexicon.IsCueInAnyCase(word));

    /// <summary>
    /// The token of a known first name that, with a surname (and initials) after it, ends the words
    /// [<paramref name="first"/>, <paramref name="last"/>]; -1 if none does.
    /// </summary>
    private static int FirstNameEnding(string text, Passage passage, int first, int last)
    {
        var tokens = passage.Tokens;
        if (passage.Word(text, last) is var lastWord && (EndsAnOrganizationsName(lastWord) || EndsAThingsName(lastWord))) return -1;
        int words = 0;
        for (int j = last; j > first && words < 4; j--)
        {
            if (!tokens[j].IsWord) continue;
            words++;
            if (words >= 2 && Lexicon.IsFirstName(passage.Word(text, j)))
            {
                // "EPA Administrator Christine Todd Whitman": a first name before the first name opens it.
                if (j - 1 > first && tokens[j - 1].IsWord && Lexicon.IsFirstName(passage.Word(text, j - 1))) j--;
                return DescribedBefore(text, passage, first, j) ? j : -1;
            }
            // Between the first name and the surname only initials: "Jason C. Ervin".
            if (words >= 2 && !IsInitials(text, tokens[j])) return -1;
        }
        return -1;
    }

    /// <summary>
    /// Two words or more, none an initial, before the first name at <paramref name="forename"/>: a
    /// description ("Maricopa County Recorder"), not more of the name ("J. Gerald Hebert", "Billie Jean
    /// King", "Giovanni Maria Vian").
    /// </summary>
    private static bool DescribedBefore(string text, Passage passage, int first, int forename)
    {
        var tokens = passage.Tokens;
        int words = 0;
        for (int j = first; j < forename; j++)
        {
            if (!tokens[j].IsWord) continue;
            if (IsInitials(text, tokens[j])) return false;
            words++;
        }
        return words >= 2;
    }

    private static readonly WordSet Institutions = Words.Set(
        "Foundation Center Centre Institute School College University Academy Group Fund Committee Council Company Corporation Church Library Museum Hospital Clinic Society Association Trust Coalition Project Network PAC Radio Show Poll Club");
    private static readonly WordSet NamedThings = Words.Set("County Street Avenue Boulevard Park Square Bridge Act Award Awards Prize Prizes Doctrine Rule Amendment Department Ministry Office City House Court Order Note");

    // A word that describes a person ("Billionaire", "Democrat", "Comedian", "Texas-based"), by its ending:
    // given names rarely end this way, so "Giovanni Maria Vian" and "Trayvon Martin" stay whole.
    internal static bool IsDescriptor(string word) =>
        word.Length > 4 && (EndsWith(word, "aire") || EndsWith(word, "crat") || EndsWith(word, "ian") || EndsWith(word, "ist")
            || EndsWith(word, "er") || EndsWith(word, "or") || EndsWith(word, "man") || EndsWith(word, "can") || EndsWith(word, "-based"));

    private static bool EndsWith(string word, string ending) => word.EndsWith(ending, StringComparison.Ordinal);

    // "Sen." and "J." keep a run of capitalised words going.
    private static bool IsNameDot(string text, List<Token> tokens, int k) =>
        k > 0 && text[tokens[k].Start] == '.' && tokens[k].Kind == TokenKind.Punctuation
        && (Words.IsAbbreviation(text, tokens[k - 1].Start, tokens[k - 1].Length) || tokens[k - 1].Length == 1);

    [MethodImpl(Jit.Optimized)]
    private static void TryPerson(string text, Passage passage, int start, int end, EntityTable table, ref List<TitledSurname>? titledSurnames)
    {
        var tokens = passage.Tokens;
        // A person needs two capitalised words at least: most runs are one word opening a sentence.
        if (end - start < 2) return;

        // Leading titles, function words and owners ("FBI Director", "Former Sen."); the title is the
        // last unbroken run of title words, kept as token indices until a person is certain.
        int k = start, titleFirst = -1, titleLast = -1;
        string? affiliation = null;
        while (k < end)
        {
            if (!tokens[k].IsWord)
            {
                k++;
                continue;
            }
            var word = passage.Word(text, k);
            bool function = Words.IsCapitalizedFunctionWord(word) || Words.OpensDescription(word);
            bool title = Lexicon.IsTitle(word);
            if (!function && !title && !IsOwner(text, passage, k, end, table, ref affiliation)) break;
            if (title && !function)
            {
                if (titleFirst < 0 || titleLast < k - 2) titleFirst = k;
                titleLast = k;
            }
            else
            {
                titleFirst = titleLast = -1;
            }
            k++;
        }

        // "Senate Majority Leader Mitch McConnell", "Circuit Court Judge David McKeague": words that are no
        // title and no known owner come first; the name is what follows the run's last title.
        // ("Martin Luther King Jr." opens with a first name: it is a name, not words before a title.)
        bool innerTitle = false;
        bool opensWithFirstName = k < end && tokens[k].IsWord && Lexicon.IsFirstName(passage.Word(text, k));
        for (int t = end - 2; t > k && !opensWithFirstName; t--)
        {
            if (!tokens[t].IsWord || !Lexicon.IsTitle(passage.Word(text, t)) || Words.IsCapitalizedFunctionWord(passage.Word(text, t))) continue;
            titleFirst = titleLast = t;
            while (titleFirst - 1 > k && tokens[titleFirst - 1].IsWord && Lexicon.IsTitle(passage.Word(text, titleFirst - 1))) titleFirst--;
            k = t + 1;
            innerTitle = true;
            break;
        }

        // The leading words stopped at k, a word that is no function word: it is not asked again.
        int first = -1, last = -1, count = 0;
        bool inNickname = false;
        for (int j = k; j < end; j++)
        {
            // The marks in a run are a nickname's (FindPeople): "Marcia “Cia” Price" is two names' words.
            if (tokens[j].Kind == TokenKind.QuoteMark) inNickname = !inNickname;
            if (!tokens[j].IsWord || inNickname) continue;
            if ((j > k || innerTitle) && passage.Word(text, j) is var word && Words.IsCapitalizedFunctionWord(word)
                && !(last == j - 1 && Lexicon.IsSurnameAfter(passage.Word(text, last), word))) break;
            // "Ted Cruz South Carolina" (a headline's run): a known place or organisation after a name ends it;
            // so does a headline's verb in title case ("Christie Says He Would …", "Maria Hinojosa Explained").
            if (count >= 2 && StartsKnownName(text, passage, j, end, table)) break;
            if (count >= 1 && !IsInitials(text, tokens[last]) && IsHeadlineVerb(passage.Word(text, j))) break;
            if (first < 0) first = j;
            last = j;
            count++;
        }
        if (count == 1 && titleLast >= 0 && SurnameTitles.Contains(passage.Word(text, titleLast)))
        {
            (titledSurnames ??= new List<TitledSurname>()).Add(new TitledSurname(passage, titleFirst, titleLast, first));
            return;
        }
        if (count >= 3 && titleFirst < 0 && !Lexicon.IsFirstName(passage.Word(text, first)) && FirstNameEnding(text, passage, first, last) is >= 0 and var forename)
        {
            // "Chicago Alderman Jason C. Ervin", "Maricopa County Recorder Helen Purcell": words that are no
            // title before a first name and a surname ending the run describe the person it names.
            first = forename;
            count = 0;
            for (int j = first; j <= last; j++) count += tokens[j].IsWord ? 1 : 0;
        }
        if (count < 2 || count > 4) return;
        if (innerTitle && !IsPlainName(text, passage, first, last)) return;
        // "MAYOR LOPEZ RESIGNS": a heading in capitals, not a name.
        if (Words.IsInCapitals(text, tokens[first].Start, tokens[first].End) && Words.IsInCapitals(text, tokens[last].Start, tokens[last].End)) return;

        // Cheap tests first: most capitalised runs have neither a title nor a first name (for word k,
        // opensWithFirstName has said already).
        bool titled = titleFirst >= 0;
        if (!titled && !(first == k && !innerTitle ? opensWithFirstName : Lexicon.IsFirstName(passage.Word(text, first))))
        {
            // "Billionaire Donald Trump", "Democrat Hillary Clinton": one descriptive word before a first name.
            int next = first + 1;
            while (next < last && !tokens[next].IsWord) next++;
            // ("Reporter Jomana Karadsheh": the word for what they do goes before a first name the lexicon
            // does not know too, if the name that is left looks like one.)
            if (count >= 3 && next < last && IsDescriptor(passage.Word(text, first))
                && (Lexicon.IsFirstName(passage.Word(text, next))
                    || (Lexicon.IsPersonNoun(passage.Word(text, first).ToLowerInvariant()) && InPersonContext(text, passage, start, end) && LooksLikePersonalName(text, passage, start, next, last, table))))
            {
                first = next;
                count--;
            }
            else if (count > 3 || !InPersonContext(text, passage, start, end) || !LooksLikePersonalName(text, passage, start, first, last, table))
            {
                return;
            }
        }
        // Looked up where it stands: the name's string is made only for a new name.
        if (table.Find(text, tokens[first].Start, tokens[last].End) is not null || AnyKnownWord(text, passage, first, last, table, out var lastWordNames)
            && !SurnameIsAPlace(text, passage, first, last, count, table)) return;
        var name = NameKey.DisplayName(Nickname.Without(text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start)));

        // "the Donald J. Trump Foundation", "Sarah Lawrence College": named after a person, an institution;
        // "Lee County", "the Dodd-Frank Act": named after one, no one at all.
        var lastWord = passage.Word(text, last);
        if (Institutions.Contains(lastWord))
        {
            var institution = table.GetOrAdd(EntityKind.Organization, NameKey.Normalize(name), name);
            table.AddSurface(name, institution);
            return;
        }
        // "Martin Luther King Day", "Barack Obama Election Day"; Chad Day is a reporter.
        // "General Services Administration": a title's word opening an agency's name makes no person.
        if (NamedThings.Contains(lastWord) || Outlets.Contains(lastWord) || (lastWord == "Day" && count > 2)) return;

        // "Martin Luther King Jr.", "Brent Bozell III": the surname is the word before the suffix.
        var surname = lastWord;
        if (count > 2 && Suffixes.Contains(lastWord))
        {
            int before = last - 1;
            while (before > first && !tokens[before].IsWord) before--;
            surname = passage.Word(text, before);
        }

        // "Donald Trump" and "Donald J. Trump", in either order: one person, with or without the middle.
        var bySurname = (object)surname == lastWord ? lastWordNames : table.Find(surname);
        var person = SamePersonWithoutMiddle(passage.Word(text, first), surname, count, bySurname, table)
            ?? table.GetOrAdd(EntityKind.Person, NameKey.PersonKey(name), name);
        if (titled && person.Title is null) person.Title = TitleText(text, passage, titleFirst, titleLast);
        person.Affiliation ??= affiliation ?? AffiliationBefore(text, passage, start, table);
        table.AddSurface(name, person);
        if (bySurname is null) table.AddSurface(surname, person);
    }

    /// <summary>
    /// Titles that make a lone capitalised word after them a person's surname (not "General Motors").
    /// (Mr, Mrs and Ms are not here: the reader takes them for function words, never for titles.)
    /// </summary>
    private static readonly WordSet SurnameTitles = Words.Set(
        "Dr Sen Senator Rep Representative Gov Governor President Mayor Judge Ambassador Speaker Pope Chancellor Premier Prof Professor Rev Reverend Sheriff");

    private static readonly WordSet NameParticles = Words.Set("de da di du del della van von der den le la bin al el ibn");

    /// <summary>
    /// A title and the lone surname after it, waiting until every full name is known. A class: the reader
    /// runs in the compiler, where a list of a value type would be compiled anew in every build.
    /// </summary>
    private sealed record TitledSurname(Passage Passage, int TitleFirst, int TitleLast, int Surname);

    private static void AddTitledSurname(string text, TitledSurname titled, EntityTable table)
    {
        var surname = titled.Passage.Word(text, titled.Surname);
        // Not "President Barack" before a name read no further ("Mayor Bill de Blasio", "President Bashar
        // al-Assad"), a word with dots ("Gov. C.L."), or an institution ("the Justice Department").
        if (table.IsKnownSurface(surname) || Lexicon.IsFirstName(surname) || Institutions.Contains(surname) || NamedThings.Contains(surname)) return;
        foreach (char c in surname)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '\u2019')) return;
        }
        var tokens = titled.Passage.Tokens;
        if (titled.Surname + 1 < tokens.Count && tokens[titled.Surname + 1].IsWord && char.IsLower(text[tokens[titled.Surname + 1].Start])
            && tokens[titled.Surname + 1].Start == tokens[titled.Surname].End + 1 && NameParticles.Contains(titled.Passage.Word(text, titled.Surname + 1))) return;
        var person = table.GetOrAdd(EntityKind.Person, NameKey.PersonKey(surname), surname);
        person.Title ??= TitleText(text, titled.Passage, titled.TitleFirst, titled.TitleLast);
        table.AddSurface(surname, person);
    }

    /// <summary>
    /// The person already named with the same first and last word, one of the two names having no middle:
    /// "Donald J. Trump" after "Donald Trump" (found by the short form), "Donald Trump" after "Donald J.
    /// Trump" (found by the surname). "George H.W. Bush" and "George W. Bush" both have one: two people.
    /// </summary>
    private static EntityBuilder? SamePersonWithoutMiddle(string firstWord, string lastWord, int count, EntityBuilder? bySurname, EntityTable table)
    {
        if (count >= 3) return bySurname is { Kind: EntityKind.Person } && table.Find(firstWord + " " + lastWord) is { Kind: EntityKind.Person } shorter ? shorter : null;
        return bySurname is { Kind: EntityKind.Person } longer && longer.Name is var name && name.Length > firstWord.Length + lastWord.Length + 2
            && name[firstWord.Length] == ' ' && name.StartsWith(firstWord, StringComparison.Ordinal)
            && name[name.Length - lastWord.Length - 1] == ' ' && name.EndsWith(lastWord, StringComparison.Ordinal)
            ? longer
            : null;
    }

    /// <summary>"Secretary-General", "Prime Minister", "Sen" (without the abbreviation's dot).</summary>
    [MethodImpl(Jit.Optimized)]
    private static string TitleText(string text, Passage passage, int first, int last)
    {
        var title = new StringBuilder();
        for (int i = first; i <= last; i++)
        {
            if (!passage.Tokens[i].IsWord) continue;
            if (title.Length > 0) title.Append(' ');
            title.Append(passage.Word(text, i));
        }
        return title.ToString();
    }

    /// <summary>A known organisation or place right before a title: "FBI Director", "Ohio Gov.".</summary>
    private static bool IsOwner(string text, Passage passage, int k, int end, EntityTable table, ref string? affiliation)
    {
        var tokens = passage.Tokens;
        if (!tokens[k].IsWord || k + 1 >= end || !Lexicon.IsTitle(passage.Word(text, k + 1))) return false;
        if (table.Find(passage.Word(text, k)) is not { Kind: EntityKind.Organization or EntityKind.Place } owner) return false;
        affiliation = owner.Acronym ?? owner.Name;
        return true;
    }

    /// <summary>"NATO’s outgoing Secretary-General ...": the organisation or country owning the title.</summary>
    [MethodImpl(Jit.Optimized)]
    private static string? AffiliationBefore(string text, Passage passage, int start, EntityTable table)
    {
        var tokens = passage.Tokens;
        for (int k = start - 1; k >= 1 && start - k <= 3; k--)
        {
            if (tokens[k].Kind != TokenKind.Possessive) continue;
            var owner = table.Find(passage.Word(text, k - 1));
            if (owner is { Kind: EntityKind.Organization or EntityKind.Place }) return owner.Acronym ?? owner.Name;
            return null;
        }
        return null;
    }

    /// <summary>
    /// "Steve Israel", "David French", "Mark Cuban": a first name and one word that names a place (or its
    /// people) is a person. The lone surname is then his ("Cuban said"), except after a preposition
    /// (<see cref="FindMentions"/>): in PolNeAR's articles that name such a person, it always was.
    /// </summary>
    private static bool SurnameIsAPlace(string text, Passage passage, int first, int last, int count, EntityTable table) =>
        count == 2 && Lexicon.IsFirstName(passage.Word(text, first))
        && table.Find(text, passage.Tokens[last].Start, passage.Tokens[last].End) is { Kind: EntityKind.Place };

    /// <summary>Whether a place or organisation of two words or more is named from token <paramref name="j"/> on, before <paramref name="end"/>.</summary>
    private static bool StartsKnownName(string text, Passage passage, int j, int end, EntityTable table)
    {
        var tokens = passage.Tokens;
        for (int m = j; m < end; m++)
        {
            var (found, prefix) = table.LookUp(text, tokens[j].Start, tokens[m].End);
            // Two words at least: a one-word place may be a surname ("Michael B. Jordan").
            if (m > j && tokens[m].IsWord && found is { Kind: not EntityKind.Person }) return true;
            if (!prefix) return false;
        }
        return false;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool AnyKnownWord(string text, Passage passage, int first, int last, EntityTable table, out EntityBuilder? lastWordNames)
    {
        lastWordNames = null;
        for (int i = first; i <= last; i++)
        {
            if (!passage.Tokens[i].IsWord) continue;
            var named = table.Find(text, passage.Tokens[i].Start, passage.Tokens[i].End);
            if (named is { Kind: not EntityKind.Person }) return true;
            if (i == last) lastWordNames = named;
        }
        return false;
    }

    [MethodImpl(Jit.Optimized)]
    private static void FindMentions(string text, Passage passage, EntityTable table)
    {
        var tokens = passage.Tokens;
        int i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsWord || !(char.IsUpper(text[tokens[i].Start]) || char.IsDigit(text[tokens[i].Start])))
            {
                i++;
                continue;
            }
            int matched = 0;
            EntityBuilder? entity = null;
            for (int n = 1; n <= MaxNameWords && i + n <= tokens.Count; n++)
            {
                var token = tokens[i + n - 1];
                if (n > 1 && !CanContinueName(text, token)) break;
                var (found, prefix) = table.LookUp(text, tokens[i].Start, token.End);
                if (token.IsWord && found is not null)
                {
                    matched = n;
                    entity = found;
                }
                // Stop as soon as what has been read starts no longer name.
                if (!prefix) break;
            }
            if (entity is null)
            {
                // "US-led", "Russia-backed": the name before the hyphen is a mention too.
                var token = tokens[i];
                int hyphen = text.IndexOf('-', token.Start, token.Length);
                if (hyphen > token.Start && table.Find(text, token.Start, hyphen) is { } prefix)
                {
                    table.AddMention(prefix, new TextRange(token.Start, hyphen));
                }
                i++;
                continue;
            }
            if (matched == 1 && entity.Kind == EntityKind.Person && IsDate(text, passage, i))
            {
                i++;
                continue;
            }
            // "Steve Israel … talks in Israel": after a preposition, a surname that names a place is the place.
            if (matched == 1 && entity.Kind == EntityKind.Person && AfterPreposition(text, passage, i)
                && Lexicon.LookUp(text, tokens[i].Start, tokens[i].End, NameKey.Hash(text, tokens[i].Start, tokens[i].End)).Entry is { Kind: EntityKind.Place } place)
            {
                entity = table.GetOrAdd(place);
            }
            table.AddMention(entity, new TextRange(tokens[i].Start, tokens[i + matched - 1].End));
            i += matched;
        }
    }

    private static readonly WordSet DateBefore = Words.Set("in on since by until till through from to of during before after last next early late mid this");

    /// <summary>
    /// "Theresa May … met in May", "May 5": once "May" is a surname, a month named alone after a
    /// preposition or before a number is still the date, no mention of her.
    /// </summary>
    private static bool IsDate(string text, Passage passage, int i)
    {
        var tokens = passage.Tokens;
        if (!Words.IsMonthName(text, tokens[i].Start, tokens[i].Length)) return false;
        return AfterPreposition(text, passage, i) || (i + 1 < tokens.Count && tokens[i + 1].IsWord && char.IsDigit(text[tokens[i + 1].Start]));
    }

    private static bool AfterPreposition(string text, Passage passage, int i) =>
        i > 0 && passage.Tokens[i - 1].IsWord && DateBefore.Contains(text, passage.Tokens[i - 1].Start, passage.Tokens[i - 1].Length);

    /// <summary>
    /// Names run over capitalised words and a few joiners ("People’s Republic of China", "Washington,
    /// D.C.", "Bosnia and Herzegovina"); anything else ends the look-up early.
    /// </summary>
    private static bool CanContinueName(string text, Token token) => token.Kind switch
    {
        TokenKind.Word => char.IsUpper(text[token.Start]) || char.IsDigit(text[token.Start])
            || (token.Length == 2 && Words.At(text, token.Start, "of"))
            || (token.Length == 3 && (Words.At(text, token.Start, "and") || Words.At(text, token.Start, "the"))),
        TokenKind.Possessive => true,
        TokenKind.Punctuation => text[token.Start] is ',' or '.' or '-' or '&',
        _ => false,
    };

    private static string Word(string text, Token token) => text.Substring(token.Start, token.Length);
}
