using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Makes news-like articles from templates, the same for the same seed: a title, a byline, forty
/// paragraphs with quotes, speakers, cues, acronyms and places. About 6 KB each, as the scale issue assumes (1,000 articles, 6 MB).
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] FirstNames = { "Maria", "John", "Ana", "David", "Sarah", "Thomas", "Laura", "James", "Elena", "Peter" };
    private static readonly string[] LastNames = { "Lopez", "Okafor", "Whitfield", "Novak", "Tanaka", "Brennan", "Haddad", "Lindqvist", "Moreau", "Osei" };
    private static readonly string[] Titles = { "Senator", "Minister", "Governor", "Mayor", "Secretary-General", "President" };
    private static readonly string[] Places = { "China", "Russia", "Ukraine", "Japan", "Brazil", "Kenya", "Germany", "Canada", "India", "Mexico" };
    private static readonly string[] Orgs = { "North Atlantic Treaty Organization (NATO)", "World Health Organization (WHO)", "European Union (EU)", "International Monetary Fund (IMF)" };
    private static readonly string[] Cues = { "said", "told reporters", "added", "warned", "insisted", "noted" };
    private static readonly string[] Sentences =
    {
        "The plan will cost more than anyone expected", "We have to act before the winter", "Nobody in this room wants another delay",
        "The numbers simply do not add up", "Our partners have been clear about what they expect", "This is a decision for the whole region",
        "We will not accept a deal that leaves workers behind", "The talks were hard but honest",
    };

    public static string Article(int index)
    {
        var random = new Random(index * 7919 + 17);
        string Pick(string[] items) => items[random.Next(items.Length)];
        var person = Pick(FirstNames) + " " + Pick(LastNames);
        var other = Pick(FirstNames) + " " + Pick(LastNames);
        var place = Pick(Places);
        var org = Pick(Orgs);
        var text = new StringBuilder();
        text.Append("Leaders meet in ").Append(place).Append(" over trade, talks number ").Append(index).Append("\n\n");
        text.Append("By ").Append(other).Append(", Staff Writer\n\n");
        text.Append(place.ToUpperInvariant()).Append(" — Leaders of the ").Append(org).Append(" met on Tuesday to discuss a so-called “fair deal” for ").Append(Pick(Places)).Append(".\n\n");
        for (int p = 0; p < 40; p++)
        {
            switch (random.Next(4))
            {
                case 0:
                    text.Append('“').Append(Pick(Sentences)).Append(",” ").Append(Pick(Titles)).Append(' ').Append(person).Append(' ').Append(Pick(Cues)).Append(".\n\n");
                    break;
                case 1:
                    text.Append(other).Append(' ').Append(Pick(Cues)).Append(": “").Append(Pick(Sentences)).Append(". ").Append(Pick(Sentences)).Append(".”\n\n");
                    break;
                case 2:
                    text.Append("Officials in ").Append(Pick(Places)).Append(" said the offer was “").Append(Pick(Sentences).ToLowerInvariant()).Append(",” and that ").Append(Pick(Places)).Append(" would respond within a week.\n\n");
                    break;
                default:
                    text.Append("The meeting in ").Append(place).Append(" came after months of talks between ").Append(Pick(Places)).Append(" and ").Append(Pick(Places))
                        .Append(", which analysts describe as slow but steady. Markets barely moved on the news, and trading volumes stayed low through the afternoon.\n\n");
                    break;
            }
        }
        text.Append("Also Read: Why ").Append(place).Append(" matters for trade\n");
        return text.ToString();
    }

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/> and returns their total size.</summary>
    public static long Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        long bytes = 0;
        for (int i = 0; i < count; i++)
        {
            var content = Article(i);
            File.WriteAllText(Path.Combine(folder, $"article{i:D5}.txt"), content, new UTF8Encoding(false));
            bytes += Encoding.UTF8.GetByteCount(content);
        }
        return bytes;
    }
}
