using System;
using System.Collections.Generic;
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
    private static readonly HashSet<string> Verbs = Words.Set(@"
say says said saying tell tells told telling add adds added adding note notes noted noting warn warns warned
warning argue argues argued arguing write writes wrote writing written tweet tweets tweeted tweeting urge urges
urged urging accuse accuses accused accusing insist insists insisted insisting ask asks asked asking explain
explains explained explaining claim claims claimed claiming state states stated declare declares declared
announce announces announced acknowledge acknowledges acknowledged admit admits admitted recall recalls recalled
suggest suggests suggested predict predicts predicted respond responds responded reply replies replied continue
continues continued contend contends contended allege alleges alleged quip quips quipped joke jokes joked concede
concedes conceded complain complains complained remark remarks remarked observe observes observed emphasize
emphasizes emphasized emphasise emphasised stress stresses stressed report reports reported testify testifies
testified vow vows vowed promise promises promised pledge pledges pledged boast boasts boasted charge charges
charged conclude concludes concluded agree agrees agreed maintain maintains maintained demand demands demanded
proclaim proclaims proclaimed retort retorts retorted lament laments lamented cautioned cautions caution
posted posts post shouted yelled wondered mused opined countered counters blasted slammed criticized
criticised told tells described describes announced confirmed confirms denied denies questioned questions
declared");

    private static readonly string[][] Phrases =
    {
        new[] { "was", "quoted", "as", "saying" },
        new[] { "is", "quoted", "as", "saying" },
        new[] { "were", "quoted", "as", "saying" },
        new[] { "went", "on", "to", "say" },
        new[] { "pointed", "out" },
        new[] { "points", "out" },
        new[] { "in", "a", "statement" },
    };

    private static readonly string[] AccordingTo = { "according", "to" };

    /// <summary>The cue starting at token <paramref name="i"/>, if any.</summary>
    public static CueMatch? MatchAt(string text, List<Token> tokens, int i)
    {
        if (!tokens[i].IsWord) return null;
        if (Matches(text, tokens, i, AccordingTo)) return new CueMatch(i, i + 1, true);
        foreach (var phrase in Phrases)
        {
            if (Matches(text, tokens, i, phrase)) return new CueMatch(i, i + phrase.Length - 1, false);
        }
        var word = text.Substring(tokens[i].Start, tokens[i].Length);
        if (Verbs.Contains(word))
        {
            return new CueMatch(i, i, false);
        }
        return null;
    }

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
