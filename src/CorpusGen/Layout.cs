using System;
using System.Collections.Generic;

namespace CorpusGen;

/// <summary>Reads the generated code's layout literal: decimal numbers split by ',' into sections split by ';'.</summary>
internal static class Layout
{
    public static int[][] Parse(byte[] layout, int sectionCount)
    {
        var sections = new int[sectionCount][];
        var numbers = new List<int>();
        int section = 0, value = 0, sign = 1;
        bool inNumber = false;
        foreach (byte b in layout)
        {
            switch (b)
            {
                case (byte)'-':
                    sign = -1;
                    break;
                case (byte)',':
                case (byte)';':
                    if (inNumber) numbers.Add(sign * value);
                    value = 0;
                    sign = 1;
                    inNumber = false;
                    if (b == (byte)';')
                    {
                        if (section >= sectionCount) throw new FormatException("The article layout has too many sections.");
                        sections[section++] = numbers.ToArray();
                        numbers.Clear();
                    }
                    break;
                default:
                    if (b < (byte)'0' || b > (byte)'9') throw new FormatException("The article layout holds something other than numbers.");
                    value = value * 10 + (b - '0');
                    inNumber = true;
                    break;
            }
        }
        if (inNumber) numbers.Add(sign * value);
        if (section != sectionCount - 1) throw new FormatException("The article layout has too few sections.");
        sections[section] = numbers.ToArray();
        return sections;
    }
}
