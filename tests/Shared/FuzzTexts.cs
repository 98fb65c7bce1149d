using System;
using CsCheck;

namespace CorpusGen.Tests.Shared;

/// <summary>
/// Arbitrary seed text for property-based tests, shared by the core and generator tests: random
/// Unicode (lone surrogates, NUL, line and paragraph separators), runs of quotation marks and other
/// troublemakers, and mutated copies of a news paragraph.
/// </summary>
public static class FuzzTexts
{
    private const string News = "HomeWorldTalks resume\n\nTalks resume\n\nWASHINGTON (AP) — “We will not be divided,” NATO’s Secretary-General Jens Stoltenberg said. The so-called “no limits” deal, the alliance reportedly said, is “a cause of concern.”\n\n“They said ‘never’,” she added.\n\nAlso Read: More talks\n";

    /// <summary>How many cases a fuzz test runs: 2,000 by default, CORPUSGEN_FUZZ_CASES for the long run.</summary>
    public static long Cases => long.TryParse(Environment.GetEnvironmentVariable("CORPUSGEN_FUZZ_CASES"), out var n) ? n : 2_000;

    internal static readonly Gen<char> Special = Gen.OneOf(
        '“', '”', '‘', '’', '"', '\'', '`', '«', '»', '„', '‹', '›', '\0', '\u2028', '\u2029', '\u0085', '\r', '\n', ' ', '\t',
        '\uD800', '\uDC00', '\uFEFF', '(', ')', '.', ',', ':', '—', '-', 'A', 'a', 'S', 's');

    internal static readonly Gen<string> Unicode = Gen.Char.Array[0, 400].Select(c => new string(c));

    internal static readonly Gen<string> Marks = Gen.Frequency((3, Special), (1, Gen.Char['a', 'z']), (1, Gen.Char['A', 'Z']))
        .Array[0, 600].Select(c => new string(c));

    internal static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, News.Length], Gen.Int[0, 20], Special.Array[0, 8], (at, cut, insert) =>
            News.Substring(0, at) + new string(insert) + News.Substring(Math.Min(News.Length, at + cut)));

    public static readonly Gen<string> Texts = Gen.Frequency((1, Unicode), (2, Marks), (2, Mutated));

}
