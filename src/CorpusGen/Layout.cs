using System;
using System.Collections.Generic;
using System.Text;

namespace CorpusGen;

/// <summary>
/// The format of an article's data in generated code, written by the generator and read by the runtime
/// (this one file is compiled into both, so they cannot disagree). Sections of numbers split by ';',
/// then the article's entity keys split by ','. A number is its value plus one (so -1, "none", is 0) in
/// base 32, most significant digit first, every digit but the last from <see cref="Continue"/> and the
/// last from <see cref="Final"/>: numbers need no separator, and an offset into a 5 KB article takes
/// three characters instead of the five of "1490,". The compiler reads every character of this data,
/// so its length is build time.
/// </summary>
internal static class Layout
{
    /// <summary>Between entity keys, in an article's data and in the corpus's list of keys.</summary>
    public const char KeySeparator = ',';

    private const string Continue = "0123456789abcdefghijklmnopqrstuv";
    private const string Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*";

    public static void Append(StringBuilder builder, int value)
    {
        if (value < -1) throw new ArgumentOutOfRangeException(nameof(value));
        uint rest = (uint)value + 1;
        int digits = 1;
        for (uint v = rest >> 5; v != 0; v >>= 5) digits++;
        for (int shift = 5 * (digits - 1); shift > 0; shift -= 5) builder.Append(Continue[(int)((rest >> shift) & 31)]);
        builder.Append(Final[(int)(rest & 31)]);
    }

    /// <summary>The <paramref name="sectionCount"/> number sections; <paramref name="end"/> is where the entity keys start.</summary>
    public static int[][] Parse(byte[] data, int sectionCount, out int end)
    {
        var sections = new int[sectionCount][];
        var numbers = new List<int>();
        int section = 0;
        long value = 0;
        int i = 0;
        for (; i < data.Length && section < sectionCount; i++)
        {
            byte b = data[i];
            if (b == (byte)';')
            {
                if (value != 0) throw Malformed("a number is cut off");
                sections[section++] = numbers.ToArray();
                numbers.Clear();
                continue;
            }
            int digit = Continue.IndexOf((char)b);
            if (digit >= 0)
            {
                value = value * 32 + digit;
            }
            else if ((digit = Final.IndexOf((char)b)) >= 0)
            {
                value = value * 32 + digit;
                numbers.Add(checked((int)(value - 1)));
                value = 0;
                continue;
            }
            else
            {
                throw Malformed("it holds something other than numbers");
            }
            if (value > int.MaxValue) throw Malformed("a number is too large");
        }
        if (section != sectionCount) throw Malformed("it has too few sections");
        end = i;
        return sections;
    }

    private static FormatException Malformed(string why) => new("CorpusGen: an article's generated data is malformed: " + why + ". Rebuild the project.");
}
