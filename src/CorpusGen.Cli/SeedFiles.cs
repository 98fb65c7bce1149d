using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CorpusGen.Cli;

/// <summary>Expands files and folders into seed paths and reads them the way the build does.</summary>
internal static class SeedFiles
{
    public static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories)
                    .Select(f => f.StartsWith("./", StringComparison.Ordinal) ? f.Substring(2) : f)
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"no such file or folder: {path}", path);
            }
        }
        return files;
    }

    /// <summary>UTF-8 unless a byte order mark says otherwise; the mark itself is not text.</summary>
    public static string Read(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
