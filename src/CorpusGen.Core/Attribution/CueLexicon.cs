using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Attribution;

/// <summary>A cue found in a paragraph: tokens First..Last, and whether the speaker follows it.</summary>
public readonly record struct CueMatch(int First, int Last, bool SpeakerFollows);

/// <summary>
/// The verbs and phrases that attribute words to someone ("said", "was quoted as saying",
/// "according to"). Inflected forms are listed, not guessed, so that "addition" is never "add".
/// </summary>
public static class CueLexicon
{
    private static readonly WordSet Verbs = Words.Set(@"
say says said saying tell tells told telling add adds added adding noted noting warn warns warned argue argues
argued arguing write writes wrote writing tweet tweeted tweeting urge urges urged urging accuse accuses accused
accusing insist insists insisted insisting ask asks asked asking explain explains explained explaining claimed
claiming stated declare declares declared announce announces announced acknowledge acknowledges acknowledged
admit admits admitted recall recalls recalled suggest suggests suggested predict predicts predicted respond
responds responded reply replies replied continued contend contends contended allege alleges alleged quip quips
quipped joked concede concedes conceded complain complains complained remarked observe observes observed
emphasize emphasizes emphasized emphasise emphasised stressed reported testify testifies testified vow vows vowed
promised pledged boast boasts boasted charged conclude concludes concluded agreed agrees maintain maintains maintained
demanded proclaim proclaims proclaimed retort retorts retorted lament laments lamented cautioned caution cautions
posted shouted yelled wondered mused opined countered blasted slammed criticized criticised described describes
confirmed confirms denied denies questioned call calls called calling gloat gloats gloated elaborate elaborates
elaborated thank thanks thanked interjected scoffed snapped sniped fumed griped mocked praised exclaimed
whispered texted emailed answered answers offered hinted implored pleaded begged threatened bragged reiterated
reiterates repeated recounted confided reasoned speculated surmised theorized decried dismissed derided labeled
labelled characterized characterised reads read commented comments chided chimed cried screamed recounts
recounted writes noting observes notes note promising labeling labelling cited cites bemoaned bemoans coached
introduced sang gushed confessed denounced denounces hailed touted lauded assailed lambasted blaming blamed blames
vowing predicting declaring claiming suggesting complaining explaining stating refer refers referred referring dubbing
describing praising mocking criticizing warned warning pointing continues chanted chant chants assured assures
advocates advocated portraying painting asserted asserts asserting cautioned chiding chided reports condemned condemns branded brands likened likens decried lambasted attacked attacks
ridiculed derides dismissed dismisses endorsed endorses sings sing singing barked riffed vented groused grumbled
raged seethed snarled retaliated beamed scolded scolds finds promises portrayed portrays written reflected implied indicated signaled underscored clarified disputed rejected ripped
congratulated apologized teased taunted reminded informed pressed challenged queried laughed sighed chuckled
sneered marveled blogged mouthed mouthing
jokes mocks muses opines counters blasts slams criticizes criticises yells wonders gushes confesses scoffs snaps
fumes gripes whispers hints pleads begs brags repeats speculates theorizes marvels laughs sighs chuckles sneers
stresses exclaims interjects confides teases taunts hails touts lauds lambasts apologizes congratulates blogs
recommended recommends recommending cracked remarking remembered remembers exhorted reacted ruled
yelling shouting screaming chanting joking dubbed termed describe criticize criticise denounce");

    /// <summary>
    /// Cues whose next phrase is an object, never an inverted speaker: "“terrible,” denounced her record"
    /// is not "“Q,” said Smith".
    /// </summary>
    private static readonly WordSet ObjectTaking = Words.Set(
        "accuse accuses accused call calls called describe describes described denounce denounces denounced praise praises praised " +
        "blast blasts blasted slam slams slammed criticize criticizes criticized criticise criticised mock mocks mocked attack attacks " +
        "attacked label labels labeled labelled dismiss dismisses dismissed thank thanks thanked congratulated urge urges urged tell " +
        "tells told brand brands branded likened likens decried lambasted assailed ridiculed derides derided chided endorsed endorses " +
        "hailed touted lauded reminded informed pressed challenged blamed blames cited cites characterized characterised portrayed portrays dubbed termed");

    /// <summary>Whether the phrase after <paramref name="word"/> is its object rather than its speaker.</summary>
    public static bool TakesObject(string word) => ObjectTaking.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> gives an object's wording after a relative "that": "a message that
    /// said", "a sign that read".
    /// </summary>
    public static bool GivesWording(string word) => word is "said" or "read";

    /// <summary>Whether <paramref name="word"/> is one of the cue verbs ("said", "described").</summary>
    public static bool IsCue(string word) => Verbs.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a cue verb written in any case ("Says" in a headline).</summary>
    public static bool IsCueInAnyCase(string word) => Verbs.ContainsLowered(word);

    /// <summary>Whether <paramref name="word"/> is a cue that is only ever a verb ("said", never "reports").</summary>
    public static bool IsVerbOnly(string word) => Verbs.Contains(word) && !NounLike.Contains(word);

    /// <summary>Cues of speaking to someone, which people do and outlets seldom ("said", "told"; not "reported", "wrote").</summary>
    private static readonly WordSet Speaking = Words.Set("said says told tells added adds stated explained recalled replied answered insisted asked asks");

    /// <summary>Whether <paramref name="cue"/> is a verb of speaking (<see cref="Speaking"/>).</summary>
    public static bool IsSpeaking(string cue) => Speaking.Contains(cue);

    /// <summary>Cue words that are nouns as often as verbs.</summary>
    private static readonly WordSet NounLike = Words.Set(
        "call calls report reports note notes comment comments post posts claims charges questions answers remarks tweets " +
        "jokes laughs sighs whispers snaps hints counters taunts gripes repeats blasts slams attacks chant chants tweet");

    /// <summary>
    /// After these a cue word is a noun ("the states", "a note") or the report is not the quote's ("Right
    /// Wing Watch first reported"), never the verb that credits it.
    /// </summary>
    private static readonly WordSet Determiners = Words.Set(
        "a an the this that these those his her its their our my your some any no every each another first second last");

    /// <summary>
    /// After these a cue word is a noun ("a positive note", "official reports") unless it can only be a
    /// verb: "the official said", "a public defender warned".
    /// </summary>
    private static readonly WordSet Adjectives = Words.Set(
        "positive negative final same brief short long new official public written");

    private static readonly string[][] Phrases =
    {
        new[] { "was", "quoted", "as", "saying" },
        new[] { "is", "quoted", "as", "saying" },
        new[] { "were", "quoted", "as", "saying" },
        new[] { "went", "on", "to", "say" },
        new[] { "pointed", "out" },
        new[] { "points", "out" },
        new[] { "put", "it" },
        new[] { "puts", "it" },
        new[] { "shot", "back" },
        new[] { "fired", "back" },
        new[] { "issued", "a", "statement" },
        new[] { "released", "a", "statement" },
        new[] { "fires", "back" },
        new[] { "summed", "up" },
        new[] { "went", "on" },
    };

    private static readonly string[] AccordingTo = { "according", "to" };
    private static readonly string[] Per = { "per" };
    private static readonly string[] The = { "the" };

    /// <summary>What a word may start: a phrase above (in any case), or a cue as the verb listed (in lower case).</summary>
    private sealed class CueStart
    {
        public bool StartsPhrase;
        public string? Verb;
    }

    /// <summary>
    /// Every word that can start a cue, in any case, in one table: most words start none, and one
    /// look-up lets them through (the two or three it took for every word were 4 % of reading PolNeAR).
    /// </summary>
    private static readonly Dictionary<string, CueStart> Starts = StartsOfCues();

    private static Dictionary<string, CueStart> StartsOfCues()
    {
        var starts = new Dictionary<string, CueStart>(StringComparer.OrdinalIgnoreCase);
        foreach (var verb in Verbs) Start(verb).Verb = verb;
        Start(AccordingTo[0]).StartsPhrase = true;
        Start(Per[0]).StartsPhrase = true;
        foreach (var phrase in Phrases) Start(phrase[0]).StartsPhrase = true;
        return starts;

        CueStart Start(string word) => starts.TryGetValue(word, out var start) ? start : starts[word] = new CueStart();
    }

    /// <summary>The shapes of the cue starts: most words have none of them, and go before their string is made.</summary>
    private static readonly WordShapes StartShapes = new(Starts.Keys);

    /// <summary>
    /// Scraped pages keep embedded posts as markup (<c>&lt;tweet id="…"&gt;…&lt;/tweet&gt;</c>): the tag's name
    /// is no verb, and reading it as one made "2016" in "September 1, 2016&lt;/tweet&gt;" the speaker.
    /// </summary>
    private static bool IsTagName(string text, int start) =>
        start > 0 && (text[start - 1] == '<' || (text[start - 1] == '/' && start > 1 && text[start - 2] == '<'));

    /// <summary>The cue starting at token <paramref name="i"/>, if any.</summary>
    [MethodImpl(Jit.Optimized)]
    public static CueMatch? MatchAt(string text, Passage passage, int i)
    {
        var tokens = passage.Tokens;
        if (!tokens[i].IsWord || !StartShapes.MayContain(text, tokens[i].Start, tokens[i].Length)) return null;
        var word = passage.Word(text, i);
        if (!Starts.TryGetValue(word, out var start) || IsTagName(text, tokens[i].Start)) return null;
        if (start.StartsPhrase)
        {
            if (Matches(text, tokens, i, AccordingTo)) return new CueMatch(i, i + 1, true);
            // "per the party’s bylaws" attributes; "per hour" does not.
            if (Matches(text, tokens, i, Per) && i + 1 < tokens.Count && tokens[i + 1].IsWord
                && (char.IsUpper(text[tokens[i + 1].Start]) || Matches(text, tokens, i + 1, The)))
            {
                return new CueMatch(i, i, true);
            }
            foreach (var phrase in Phrases)
            {
                if (Matches(text, tokens, i, phrase)) return new CueMatch(i, i + phrase.Length - 1, false);
            }
        }
        // "Said Dorothy Poynter, who grew up with Ali, “Q”": a sentence may open with an inverted cue, its
        // speaker right after it. Other capitalised cue words there head fragments ("Calls men names").
        if (word is "Said" or "Says" or "Added" or "Adds" or "Wrote" or "Writes" && IsSentenceStart(text, tokens, i)
            && i + 1 < tokens.Count && Words.StartsUpper(text, tokens[i + 1]))
        {
            return new CueMatch(i, i, true);
        }
        if (!string.Equals(start.Verb, word, StringComparison.Ordinal)) return null;
        if (i > 0 && tokens[i - 1].IsWord)
        {
            var previous = passage.Word(text, i - 1);
            // "a positive note", "the states": a noun, not a verb of saying.
            var lower = previous.ToLowerInvariant();
            // ("Another tweeted", "Some said": these stand alone for people before a verb that is only a verb.)
            // ("a message that said", "a sign that read": after a noun in small letters "that" is a relative pronoun
            // giving an object's wording; "That said," opens a sentence.)
            if (Determiners.Contains(lower) && !(lower is "another" or "some" or "each" && IsVerbOnly(word) && IsPastTense(word))
                && !(lower == "that" && GivesWording(word) && i > 1 && tokens[i - 2].IsWord && char.IsLower(text[tokens[i - 2].Start]))) return null;
            if (Adjectives.Contains(lower) && !IsPastTense(word)) return null;
            // "interjected to say": the cue is the whole verb phrase; "expects Obama to announce" is no cue.
            // ("the only pollster to correctly predict": an adverb may split the infinitive.)
            int to = previous == "to" ? i - 1
                : i >= 2 && char.IsLower(previous[0]) && Words.EndsLikeAdverb(previous) && tokens[i - 2].IsWord && passage.Word(text, i - 2) == "to" ? i - 2
                : -1;
            if (to >= 0)
            {
                // Only after a verb: "interjected to say", "went on to say"; not "too early to tell".
                if (to < 1 || !tokens[to - 1].IsWord) return null;
                var verb = passage.Word(text, to - 1);
                // "went on to say": the cue starts at "went".
                if (verb == "on" && to > 1 && tokens[to - 2].IsWord && passage.Word(text, to - 2) is "went" or "goes" or "go" or "going") return new CueMatch(to - 2, i, false);
                // "was quick to add": an adjective of eagerness carries the report as a verb would.
                return char.IsLower(verb[0]) && (verb.EndsWith("ed", StringComparison.Ordinal) || verb is "wants" or "want" or "quick" or "eager" or "keen" or "careful")
                    ? new CueMatch(to - 1, i, false)
                    : null;
            }
            // "a wake-up call", "the latest reports", "the 9/11 attacks": a word as often a noun needs a
            // subject-like word before it.
            if (NounLike.Contains(word) && (char.IsLower(previous[0]) || char.IsDigit(previous[0])) && !Words.IsAuxiliaryOrAdverb(previous)
                && previous is not ("who" or "which" or "that" or "he" or "she" or "it" or "they" or "we" or "i"))
            {
                return null;
            }
        }
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Possessive) return null;
        if (IsPassive(text, passage, i, word)) return null;
        // "easier said than done", "walkouts were called off", "ruled out a run", "Japan agrees to “renounce war”": idioms
        // and consent, not reports.
        if (i + 1 < tokens.Count && tokens[i + 1].IsWord && passage.Word(text, i + 1) is var next
            && ((word == "said" && next == "than") || (word == "called" && next is "off" or "up") || (word == "ruled" && next == "out") || (word is "agreed" or "agrees" && next == "to"))) return null;
        return new CueMatch(i, i, false);
    }

    private static readonly WordSet BeForms = Words.Set("is are was were be been being");

    /// <summary>Whether <paramref name="word"/> is a form of "be", which makes the cue after it passive ("was called").</summary>
    public static bool IsBeForm(string word) => BeForms.Contains(word);

    /// <summary>
    /// "was charged with battery", "was criticized for", "being told to “smile”": the subject of a passive
    /// is the one spoken of or to, never the speaker. With "by" the cue stands ("was asked by the host"): its agent speaks. Without a
    /// preposition it stands too, as the annotated news reads it: "Trump was asked, “Q?”".
    /// </summary>
    private static bool IsPassive(string text, Passage passage, int i, string word)
    {
        if (!IsPastTense(word) || i == 0 || !passage.Tokens[i - 1].IsWord) return false;
        var previous = passage.Word(text, i - 1);
        if (Words.EndsLikeAdverb(previous) && i > 1 && passage.Tokens[i - 2].IsWord)
        {
            previous = passage.Word(text, i - 2);
        }
        if (!BeForms.Contains(previous) || i + 1 >= passage.Tokens.Count || !passage.Tokens[i + 1].IsWord) return false;
        return passage.Word(text, i + 1) is "with" or "for" or "of" or "over" or "in" or "on" || (word is "told" or "asked" or "urged" && passage.Word(text, i + 1) == "to");
    }

    private static bool IsSentenceStart(string text, List<Token> tokens, int i) =>
        i == 0 || (tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Start] is '.' or '!' or '?');

    private static bool IsPastTense(string word) =>
        word is "said" or "told" or "wrote" or "sang" || (word.EndsWith("ed", StringComparison.Ordinal) && !NounLike.Contains(word));

    [MethodImpl(Jit.Optimized)]
    private static bool Matches(string text, List<Token> tokens, int i, string[] phrase)
    {
        if (i + phrase.Length > tokens.Count) return false;
        for (int k = 0; k < phrase.Length; k++)
        {
            var token = tokens[i + k];
            if (!token.IsWord || token.Length != phrase[k].Length
                || string.Compare(text, token.Start, phrase[k], 0, token.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }
        }
        return true;
    }
}
