using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Entities;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Attribution;

/// <summary>Turning a speaker phrase into an entity: pronouns, names, descriptions and documents.</summary>
public sealed partial class Attributor
{
    private static readonly WordSet DocumentNouns = Words.Set("declaration statement report communique communiqué letter memo memorandum resolution bill filing lawsuit complaint release study survey poll ruling order document plan text guidance indictment affidavit editorial law act rules statute agreement contract");
    private static readonly WordSet GenericOrganizationNouns = Words.Set("organization organisation group body agency company firm committee party campaign department ministry government administration office council commission bureau team coalition union association network newspaper paper outlet");

    /// <summary>Words that open a clause or qualify a verb: never a speaker on their own.</summary>
    private static readonly WordSet NoOneWords = Words.Set(
        "When While If Although Though Because Since However Meanwhile Asked Speaking Despite During Only Also Even Just Perhaps Maybe Indeed Instead Not Yes No only also just even");

    /// <summary>An adverb ("Shortly", "directly") or a word opening a clause ("When") that a rule took for a subject.</summary>
    private static bool IsNoOne(string word) =>
        NoOneWords.Contains(word) || Words.EndsLikeAdverb(word);

    private bool NamesAnEntity(TextRange phrase)
    {
        foreach (var _ in _entities.MentionsIn(phrase)) return true;
        return false;
    }

    /// <summary>
    /// The first mention of <paramref name="entity"/> in the sentence of <paramref name="pronoun"/>, before it,
    /// when the pronoun heads a relative clause ("what he called", "whom she described as").
    /// </summary>
    private TextRange? NamedEarlierInSentence(Passage passage, EntityBuilder entity, TextRange pronoun)
    {
        if (pronoun.Start < passage.Range.Start || pronoun.End > passage.Range.End) return null;
        // (Not RelativeBefore: that takes a subject pronoun only, and "what her team calls" counts here.)
        int at = passage.TokenAt(pronoun.Start);
        if (at == 0 || !passage.Tokens[at - 1].IsWord || passage.Word(_text, at - 1) is not ("what" or "whom")) return null;
        foreach (var (range, mentioned) in _entities.MentionsIn(new TextRange(passage.Range.Start, pronoun.Start)))
        {
            if (mentioned == entity && !SentenceEndsBetween(passage, range.End, pronoun.Start)) return range;
        }
        return null;
    }

    private void Resolve(AttributedQuote read, TextRange phrase, int quoteStart)
    {
        var words = PhraseWords(phrase);
        // "Shortly after ...", "reports directly to", "When asked ...": a lone adverb or function word a
        // rule picked up is no one.
        if (words.Count == 1 && IsNoOne(words[0]) && !NamesAnEntity(phrase)) return;
        // "his comment that “Q”": the owner stands for its pronoun.
        if (words.Count == 1 && (Pronoun(words[0]) ?? Possessive(words[0])) is { } pronoun)
        {
            read.SpeakerMention = phrase;
            read.Speaker = pronoun switch
            {
                "he" or "she" => PersonFor(pronoun, quoteStart),
                "it" => _lastIt ?? _entities.LastBefore(quoteStart, e => e.Kind is EntityKind.Organization or EntityKind.Document),
                _ => _lastThey ?? _lastIt ?? _entities.LastBefore(quoteStart, e => e.Kind == EntityKind.Organization),
            };
            Remember(read.Speaker, plural: pronoun == "they");
            // "Mr. Manafort, referring to … what he calls the “crooked” process": the sentence has named the
            // speaker before its pronoun, and the name is the mention to show (after "what" or "whom" only:
            // elsewhere PolNeAR's annotators keep the pronoun).
            if (read.Speaker is { } entity && NamedEarlierInSentence(read.Passage, entity, phrase) is { } named) read.SpeakerMention = named;
            return;
        }

        // "his campaign sent out a text message": a campaign speaks for its candidate, as "Clinton's campaign" does below.
        if (words.Count == 2 && Possessive(words[0].ToLowerInvariant()) is ("he" or "she") and var owning && SpeaksForCandidate(words[1]))
        {
            read.SpeakerMention = phrase;
            read.Speaker = PersonFor(owning, quoteStart);
            Remember(read.Speaker, plural: false);
            return;
        }

        EntityBuilder? person = null, other = null, owner = null;
        TextRange personMention = default, otherMention = default;
        foreach (var (range, entity) in _entities.MentionsIn(phrase))
        {
            // "Trump's attorney, Alan Garten", "a Clinton aide": the person who owns the speaker is not the speaker.
            if (entity.Kind == EntityKind.Person && OwnsWhatFollows(range, phrase)) owner = entity;
            else if (entity.Kind == EntityKind.Person) { person = entity; personMention = range; }
            else if (other is null || (other.Kind == EntityKind.Place && entity.Kind != EntityKind.Place)) { other = entity; otherMention = range; }
        }

        string head = Head(words);
        bool plural = head.Length > 3 && head.EndsWith("s", StringComparison.Ordinal) && char.IsLower(head[0]);
        // "the California congressman", "Iowa voters", "a New Hampshire Republican": a place before the noun
        // says where they are from, it is not the speaker ("the Chinese government" is the country speaking).
        // Nor is it in a longer name: "The Los Angeles Times", "Chicago Alderman Jason Ervin".
        bool fromPlace = other is { Kind: EntityKind.Place } && head.Length > 0
            && (char.IsLower(head[0]) || PartyMembers.Contains(head)) && !GenericOrganizationNouns.Contains(head);
        bool placeInName = other is { Kind: EntityKind.Place } && !fromPlace && NameGoesOnAfter(otherMention, phrase);
        if (fromPlace || placeInName) other = null;
        if (person is null && owner is not null && other is null)
        {
            // "Clinton's campaign said": a campaign speaks for its candidate; an aide, a lawyer or a
            // supporter for no one the reader can name.
            read.Speaker = SpeaksForCandidate(head) ? owner : null;
            read.SpeakerMention = phrase;
            Remember(read.Speaker, plural: false);
            return;
        }
        // "Mrs. Clinton" where "Clinton" also names her husband: the honorific says which of them.
        if (person is not null && Lexicon.GenderOfTitle(words[0]) is var gender && gender != Gender.Unknown && person.Gender != gender)
        {
            var surname = words[words.Count - 1];
            person = _entities.LastBefore(quoteStart, e => e.Kind == EntityKind.Person && e.Gender != Opposite(gender) && e.Name.EndsWith(" " + surname, StringComparison.Ordinal)) ?? person;
        }
        if (person is not null)
        {
            read.Speaker = person;
            read.SpeakerMention = personMention;
        }
        else if (other is not null)
        {
            read.Speaker = other;
            read.SpeakerMention = phrase;
        }
        else if (DocumentNouns.Contains(head.ToLowerInvariant()))
        {
            var name = WithoutDeterminer(phrase);
            var document = _entities.GetOrAdd(EntityKind.Document, NameKey.Normalize(name.Slice(_text)), name.Slice(_text));
            _entities.AddMention(document, name);
            read.Speaker = document;
            read.SpeakerMention = phrase;
        }
        else if (words.Count >= 2 && words[0] is "the" or "The" && char.IsLower(head[0]))
        {
            read.Speaker = _entities.LastBefore(quoteStart, e => Array.IndexOf(e.Descriptors, head) >= 0)
                ?? (Lexicon.Role(head) is { } role ? _entities.LastBefore(quoteStart, e => e.Kind == EntityKind.Person && Lexicon.Role(e.Title) == role) : null)
                ?? (GenericOrganizationNouns.Contains(head) ? _entities.LastBefore(quoteStart, e => e.Kind == EntityKind.Organization) : null);
            read.SpeakerMention = phrase;
        }
        else if (words.Count == 2 && Lexicon.GenderOfTitle(words[0]) != Gender.Unknown && read.Cue is not null && FullNameBefore(phrase, words[1]) is { } fullName)
        {
            // "Gene Sperling, a former adviser, …" then "Mr. Sperling said": the honorific's surname is his.
            read.Speaker = NewSpeaker(EntityKind.Person, fullName, words[1]);
            _entities.AddMention(read.Speaker, new TextRange(phrase.End - words[1].Length, phrase.End));
            read.SpeakerMention = phrase;
        }
        else if (!fromPlace && IsCapitalizedName(words))
        {
            // "Flo Marr (D-Ill.)": the party and state in brackets are the name's note, not part of it.
            // "New Hampshire Public Radio", "America Rising": a name built on a place's is an organisation's;
            // so is one ending as an outlet's or an institution's does ("Yahoo News").
            var name = WithoutBrackets(phrase);
            var nameWords = name == phrase ? words : PhraseWords(name);
            var last = nameWords[nameWords.Count - 1];
            bool organization = placeInName || EntityRecognizer.EndsAnOrganizationsName(last);
            // "Reporter Jomana Karadsheh": a word for what the person does is no part of the name.
            if (!organization && nameWords.Count >= 3 && EntityRecognizer.IsDescriptor(nameWords[0]))
            {
                name = new TextRange(_text.IndexOf(nameWords[1], name.Start + nameWords[0].Length, StringComparison.Ordinal), name.End);
            }
            // "Editor's Note", "Executive Order": a thing's name is no one's.
            if (organization || !EntityRecognizer.EndsAThingsName(last)) read.Speaker = NewSpeaker(organization ? EntityKind.Organization : EntityKind.Person, name, last);
            read.SpeakerMention = phrase;
        }
        else if (words.Count >= 3 && words[0] is "The" or "the" && EntityRecognizer.EndsAnOrganizationsName(head) && IsCapitalizedName(words.GetRange(1, words.Count - 1)))
        {
            // "The General Services Administration said": an agency or outlet no list knows.
            read.Speaker = NewSpeaker(EntityKind.Organization, WithoutDeterminer(phrase), head);
            read.SpeakerMention = phrase;
        }
        else if (words.Count == 1 && read.Cue is not null && _entities.Find(words[0]) is { Kind: EntityKind.Person } known)
        {
            // "Norbert Leo Butz" made a speaker above, then "Butz said".
            _entities.AddMention(known, phrase);
            read.Speaker = known;
            read.SpeakerMention = phrase;
        }
        else if (words.Count == 1 && read.Cue is not null && FullNameBefore(phrase, words[0]) is { } full)
        {
            // "Morton Blackwell, the conservative icon, …" then "Blackwell wrote": the reader knew neither
            // name alone, but a surname that speaks and the two words that named it earlier are a person.
            read.Speaker = NewSpeaker(EntityKind.Person, full, words[0]);
            _entities.AddMention(read.Speaker, phrase);
            read.SpeakerMention = phrase;
        }
        else if (words.Count == 1 && read.Cue is not null && IsGivenName(words[0]))
        {
            // "Hillary said", "Xi said" (family name first): the person whose name opens with the word; and
            // "Bob said" in a profile that never gives his surname: a person all the same.
            if (_entities.LastBefore(quoteStart, e => e.Kind == EntityKind.Person && e.Name.StartsWith(words[0] + " ", StringComparison.Ordinal)) is { } named)
            {
                _entities.AddMention(named, phrase);
                read.Speaker = named;
            }
            else if (Lexicon.IsFirstName(words[0]))
            {
                read.Speaker = NewSpeaker(EntityKind.Person, phrase, words[0]);
            }
            else if (CueLexicon.IsSpeaking(read.Cue.Value.Slice(_text)) && !SentenceEndsBefore(phrase.Start) && !InSmallLetters(words[0]) && !NamesAGroup(words[0]))
            {
                // “Q,” Sheppard said — where the article never gave her forename: a capitalised word inside a
                // sentence ("Friends said" opens one), written nowhere in small letters ("Good"), that says
                // or tells (outlets report and write), is someone's surname.
                read.Speaker = NewSpeaker(EntityKind.Person, phrase, words[0]);
            }
            read.SpeakerMention = phrase;
        }
        else if (read.Cue is not null && NameInDescription(read.Passage, phrase) is { } described)
        {
            // "Mujtaba Rahman of the Eurasia Group", "Blaze co-host Stu Burguiere": the phrase is trimmed to
            // the person it names, and whom they are with is their affiliation.
            read.Speaker = NewSpeaker(EntityKind.Person, described.Name, described.Surname);
            if (described.Affiliation is { } affiliation) read.Speaker.Affiliation ??= affiliation.Slice(_text);
            read.SpeakerMention = described.Name;
        }
        else
        {
            read.SpeakerMention = phrase;
        }
        Remember(read.Speaker, plural);
    }

    /// <summary>
    /// A person that a cue's subject names beside whom they are with or what they do, though no list knows
    /// their name: "Name Surname of (the) Body" and "… role Name Surname", the role a noun for a person in
    /// small letters. The name's words are plain capitalised words that the article never writes in small
    /// letters, so "Technology Directorate of the Department of Homeland Security" names no one.
    /// </summary>
    private (TextRange Name, string Surname, TextRange? Affiliation)? NameInDescription(Passage passage, TextRange phrase)
    {
        var tokens = passage.Tokens;
        if (phrase.Start < passage.Range.Start || phrase.End > passage.Range.End) return null;
        int first = passage.TokenAt(phrase.Start), end = first;
        while (end < tokens.Count && tokens[end].End <= phrase.End) end++;
        // Name Surname of (the) Body
        int of = first;
        while (of < end && of - first < 3 && IsUnknownNameWord(passage, of)) of++;
        if (of - first >= 2 && of + 1 < end && tokens[of].IsWord && passage.Word(_text, of) == "of" && Words.StartsUpper(_text, tokens[end - 1]))
        {
            int body = of + 1 < end - 1 && passage.Word(_text, of + 1) == "the" ? of + 2 : of + 1;
            return (new TextRange(tokens[first].Start, tokens[of - 1].End), passage.Word(_text, of - 1), new TextRange(tokens[body].Start, tokens[end - 1].End));
        }
        // … role Name Surname
        int name = end;
        while (name - 1 > first && end - name < 3 && IsUnknownNameWord(passage, name - 1)) name--;
        if (name == end || !tokens[name - 1].IsWord || !char.IsLower(_text[tokens[name - 1].Start]) || !Lexicon.IsPersonNoun(passage.Word(_text, name - 1))) return null;
        if (EntityRecognizer.EndsAnOrganizationsName(passage.Word(_text, end - 1))) return null;
        // ("Fox Business moderator Gerard Baker" is with Fox Business; "Band member Flea", with no one known.)
        TextRange? with = null;
        if (name - 1 > first)
        {
            foreach (var (range, entity) in _entities.MentionsIn(new TextRange(tokens[first].Start, tokens[name - 2].End)))
            {
                if (entity.Kind == EntityKind.Organization) with = range;
            }
        }
        return (new TextRange(tokens[name].Start, tokens[end - 1].End), passage.Word(_text, end - 1), with);
    }

    /// <summary>A capitalised word of letters that names nothing known and is never written in small letters.</summary>
    private bool IsUnknownNameWord(Passage passage, int i)
    {
        var token = passage.Tokens[i];
        if (!token.IsWord) return false;
        var word = passage.Word(_text, i);
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) return false;
        }
        return IsGivenName(word) && !Lexicon.IsTitle(word) && !InSmallLetters(word) && !EntityRecognizer.EndsAThingsName(word)
            && _entities.Find(word) is not { Kind: EntityKind.Place or EntityKind.Organization };
    }

    /// <summary>
    /// A speaker the reader did not know, named by <paramref name="name"/>: a person's
    /// <paramref name="surname"/> names them too, unless it names someone or something else already.
    /// </summary>
    private EntityBuilder NewSpeaker(EntityKind kind, TextRange name, string surname)
    {
        var text = Nickname.Without(name.Slice(_text));
        var entity = kind == EntityKind.Person
            ? _entities.GetOrAdd(kind, NameKey.PersonKey(text), text)
            : _entities.GetOrAdd(kind, NameKey.Normalize(text), text);
        _entities.AddSurface(text, entity);
        if (kind == EntityKind.Person && _entities.Find(surname) is null) _entities.AddSurface(surname, entity);
        _entities.AddMention(entity, name);
        return entity;
    }

    /// <summary>
    /// The first "Forename <paramref name="surname"/>" in the body, if before <paramref name="phrase"/> and
    /// its forename names nothing the article knows (<see cref="ForenameBefore"/> says what a forename is).
    /// </summary>
    private TextRange? FullNameBefore(TextRange phrase, string surname)
    {
        if (!char.IsUpper(surname[0]) || Words.IsCapitalizedFunctionWord(surname) || IsNoOne(surname) || Words.IsInCapitals(surname, 0, surname.Length)) return null;
        int body = BodyStart();
        if (phrase.Start <= body) return null;
        TextRange? full = null;
        // Most articles ask once or twice, and a search of the text is cheapest; an article that asks for
        // many surnames would make it quadratic, so past twice the text's length searched, the body's
        // full names are gathered in one pass and looked up.
        if (_forenamed is null && _searched + (phrase.Start - body) <= 2 * _text.Length)
        {
            _searched += phrase.Start - body;
            for (int at = _text.IndexOf(surname, body, phrase.Start - body, StringComparison.Ordinal); at > body && full is null; at = _text.IndexOf(surname, at + 1, phrase.Start - at - 1, StringComparison.Ordinal))
            {
                if (ForenameBefore(at, at + surname.Length) is >= 0 and var start) full = new TextRange(start, at + surname.Length);
            }
        }
        else
        {
            _forenamed ??= FullNames(body);
            if (_forenamed.TryGetValue(surname, out var found) && found.End <= phrase.Start) full = found;
        }
        if (full is not { } name) return null;
        return _entities.Find(_text, name.Start, _text.IndexOf(' ', name.Start, name.Length)) is null ? name : null;
    }

    /// <summary>
    /// Where the forename before the surname at text[<paramref name="at"/>..<paramref name="end"/>) starts,
    /// or -1: a capitalised word of letters, one space before it, that is no function word, title or heading.
    /// </summary>
    private int ForenameBefore(int at, int end)
    {
        if (at < 2 || _text[at - 1] != ' ' || (end < _text.Length && char.IsLetter(_text[end]))) return -1;
        int space = at - 1;
        // "William A. Ackman": a middle initial between the forename and the surname.
        if (space >= 4 && _text[space - 1] == '.' && char.IsUpper(_text[space - 2]) && _text[space - 3] == ' ') space -= 3;
        int start = space;
        while (start > 0 && char.IsLetter(_text[start - 1])) start--;
        if (start == space || !char.IsUpper(_text[start]) || (start > 0 && (char.IsLetter(_text[start - 1]) || _text[start - 1] is '-' or '\'' or '\u2019'))) return -1;
        var forename = _text.Substring(start, space - start);
        return Words.IsCapitalizedFunctionWord(forename) || IsNoOne(forename) || Lexicon.IsTitle(forename) || Words.IsInCapitals(forename, 0, forename.Length) ? -1 : start;
    }

    /// <summary>Each surname's first full name in the body, found as <see cref="FullNameBefore"/> would find it.</summary>
    private Dictionary<string, TextRange> FullNames(int body)
    {
        var names = new Dictionary<string, TextRange>(StringComparer.Ordinal);
        foreach (var passage in _passages)
        {
            if (passage.Range.Start < body) continue;
            var tokens = passage.Tokens;
            for (int i = 1; i < tokens.Count; i++)
            {
                if (!Words.StartsUpper(_text, tokens[i]) || !(Words.StartsUpper(_text, tokens[i - 1]) || _text[tokens[i - 1].Start] == '.')) continue;
                if (ForenameBefore(tokens[i].Start, tokens[i].End) is >= 0 and var start)
                {
                    var surname = passage.Word(_text, i);
                    if (!names.ContainsKey(surname)) names.Add(surname, new TextRange(start, tokens[i].End));
                }
            }
        }
        return names;
    }

    /// <summary>Where the body starts: the first paragraph's passage (before it, headlines capitalise every word).</summary>
    private int BodyStart()
    {
        if (_bodyStart < 0)
        {
            _bodyStart = _text.Length;
            foreach (var passage in _passages)
            {
                if (passage.Paragraph >= 0) { _bodyStart = passage.Range.Start; break; }
            }
        }
        return _bodyStart;
    }

    private TextRange WithoutBrackets(TextRange phrase)
    {
        if (phrase.Length == 0 || _text[phrase.End - 1] != ')') return phrase;
        int open = _text.LastIndexOf('(', phrase.End - 1, phrase.Length);
        int end = open;
        while (end > phrase.Start && char.IsWhiteSpace(_text[end - 1])) end--;
        return end > phrase.Start ? new TextRange(phrase.Start, end) : phrase;
    }

    /// <summary>
    /// Who "he" or "she" stands for: the last person credited, else the last person named, passing over
    /// anyone whose name or title says otherwise ("she" is never Donald Trump).
    /// </summary>
    private EntityBuilder? PersonFor(string pronoun, int before)
    {
        var other = OtherGender(pronoun);
        if (_lastPerson is { } last && last.Gender != other) return last;
        return _entities.LastBefore(before, e => e.Kind == EntityKind.Person && e.Gender != other);
    }

    /// <summary>Whether <paramref name="word"/> is written in small letters somewhere in the article ("good" for "Good").</summary>
    private bool InSmallLetters(string word)
    {
        var lower = word.ToLowerInvariant();
        // Most articles ask about a few words, and a look through the tokens, making no strings, is
        // cheapest; an article that asks about many would make that quadratic, so past a few looks its
        // words in small letters are gathered once and looked up.
        if (_smallWords is null && ++_smallLetterLooks <= MaxSmallLetterLooks) return HasToken(lower);
        _smallWords ??= SmallLetterWords();
        return _smallWords.Contains(lower);
    }

    private const int MaxSmallLetterLooks = 16;

    /// <summary>Whether some token of the article is <paramref name="word"/>, a word in small letters, exactly.</summary>
    [MethodImpl(Jit.Optimized)]
    private bool HasToken(string word)
    {
        if (word.Length == 0 || !char.IsLower(word[0])) return false;
        foreach (var passage in _passages)
        {
            foreach (var token in passage.Tokens)
            {
                if (token.IsWord && token.Length == word.Length && _text[token.Start] == word[0]
                    && string.CompareOrdinal(_text, token.Start, word, 0, word.Length) == 0) return true;
            }
        }
        return false;
    }

    private HashSet<string> SmallLetterWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in _passages)
        {
            for (int i = 0; i < passage.Tokens.Count; i++)
            {
                if (passage.Tokens[i].IsWord && char.IsLower(_text[passage.Tokens[i].Start])) words.Add(passage.Word(_text, i));
            }
        }
        return words;
    }

    /// <summary>"Aides", "Democrats": a plural of what people are, or a party's members, names no one person.</summary>
    private static bool NamesAGroup(string word) => PartyMembers.Contains(word) || IsPersonNounPlural(word);

    /// <summary>"Aides", "prosecutors": the plural of a noun for what a person is.</summary>
    private static bool IsPersonNounPlural(string word) =>
        word.Length > 1 && word[word.Length - 1] == 's' && Lexicon.IsPersonNoun(word.Substring(0, word.Length - 1).ToLowerInvariant());

    /// <summary>A capitalised word that may be a name: no function word, heading or word for no one.</summary>
    private static bool IsGivenName(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]) && !Words.IsCapitalizedFunctionWord(word) && !IsNoOne(word) && !Words.OpensDescription(word);

    private static Gender Opposite(Gender gender) => gender == Gender.Male ? Gender.Female : Gender.Male;

    /// <summary>The gender "he" (or "she") can never stand for.</summary>
    private static Gender OtherGender(string pronoun) => pronoun == "he" ? Gender.Female : Gender.Male;

    /// <summary>Whether <paramref name="phrase"/> names a person whose name or title says they are not "<paramref name="pronoun"/>".</summary>
    private bool OfOtherGender(TextRange phrase, string pronoun)
    {
        if (pronoun is not ("he" or "she")) return false;
        var other = OtherGender(pronoun);
        foreach (var (_, entity) in _entities.MentionsIn(phrase))
        {
            if (entity.Kind == EntityKind.Person && entity.Gender == other) return true;
        }
        return false;
    }

    /// <summary>"The statement", "a report": a phrase whose head is a document noun.</summary>
    private bool NamesADocument(TextRange phrase) => DocumentNouns.Contains(Head(PhraseWords(phrase)).ToLowerInvariant());

    /// <summary>"the senator", "The two lawmakers": a phrase opening with "the".</summary>
    private bool IsDefinite(TextRange phrase) => Words.At(_text, phrase.Start, "the ") || Words.At(_text, phrase.Start, "The ");

    /// <summary>"the California congressman": a definite description whose head names what a person is.</summary>
    private bool DescribesAPerson(TextRange phrase) => IsDefinite(phrase) && Lexicon.IsPersonNoun(Head(PhraseWords(phrase)));

    /// <summary>A pronoun, a name or a description of people ("Clinton", "she", "prosecutors"): a phrase that names someone who can speak.</summary>
    private bool NamesSomeone(Passage passage, TextRange phrase) =>
        Pronoun(phrase.Slice(_text)) is not null || IsName(passage, phrase) || DescribesPeople(phrase);

    /// <summary>"prosecutors", "two officials": a phrase whose head names what people are, with or without "the".</summary>
    private bool DescribesPeople(TextRange phrase) => Head(PhraseWords(phrase)) is var head && (Lexicon.IsPersonNoun(head) || IsPersonNounPlural(head));

    private static readonly WordSet PartyMembers = Words.Set("Republican Republicans Democrat Democrats Independent Independents Conservative Conservatives Liberal Liberals");

    /// <summary>Whether a capitalised word follows <paramref name="mention"/> in <paramref name="phrase"/>: the mention is part of a longer name.</summary>
    private bool NameGoesOnAfter(TextRange mention, TextRange phrase)
    {
        for (int i = mention.End; i < phrase.End; i++)
        {
            if (char.IsUpper(_text[i]) && char.IsWhiteSpace(_text[i - 1])) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a noun for those who speak for someone (<see cref="OwnedNouns"/>) follows
    /// <paramref name="mention"/> inside <paramref name="phrase"/>, with or without a possessive: "Trump's
    /// attorney", "a Clinton aide" (not "Clinton's broadside", which is her own words).
    /// </summary>
    private bool OwnsWhatFollows(TextRange mention, TextRange phrase)
    {
        int i = mention.End;
        bool possessive = i < phrase.End && _text[i] is '\'' or '\u2019';
        if (possessive) i++;
        if (i < phrase.End && _text[i] == 's') i++;
        if (i + 1 >= phrase.End || _text[i] != ' ') return false;
        int end = ++i;
        while (end < phrase.End && char.IsLetter(_text[end])) end++;
        if (OwnedNouns.Contains(_text, i, end - i)) return true;
        // "Trump's daughter", "Trump's potential VP": whoever the phrase names by what they are belongs to the owner.
        return possessive && (DescribesPeople(phrase) || Head(PhraseWords(phrase)) == "VP");
    }

    /// <summary>A noun for what speaks for its candidate ("campaign"), as an aide or a lawyer does not for anyone the reader can name.</summary>
    private static bool SpeaksForCandidate(string noun) => noun is "campaign" or "camp";

    /// <summary>The head noun: "leaders" in "leaders of the alliance", else the last word.</summary>
    private static string Head(List<string> words)
    {
        int of = words.IndexOf("of");
        return of > 0 ? words[of - 1] : words.Count > 0 ? words[words.Count - 1] : "";
    }

    private void Remember(EntityBuilder? speaker, bool plural)
    {
        if (speaker is null) return;
        if (speaker.Kind == EntityKind.Person) _lastPerson = speaker;
        else if (plural) _lastThey = speaker;
        else _lastIt = speaker;
    }

    private static string? Pronoun(string word) => word switch
    {
        "he" or "He" => "he",
        "she" or "She" => "she",
        "it" or "It" => "it",
        "they" or "They" => "they",
        _ => null,
    };

    /// <summary>The pronoun a possessive stands for: "his" → "he".</summary>
    private static string? Possessive(string word) => word switch
    {
        "his" => "he",
        "her" => "she",
        "their" => "they",
        _ => null,
    };

    [MethodImpl(Jit.Optimized)]
    private static bool IsCapitalizedName(List<string> words)
    {
        if (words.Count < 2 || words.Count > 4) return false;
        // "One Democratic", "Another Muslim", "Former House": a description cut short at its capitals.
        if (Words.OpensDescription(words[0])) return false;
        int capitals = 0;
        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || Words.IsCapitalizedFunctionWord(word)) return false;
            if (Words.IsInCapitals(word, 0, word.Length)) capitals++;
        }
        // "DEBBIE WASSERMAN SCHULTZ RESIGNS": a headline, not a name.
        return capitals < 2;
    }
}
