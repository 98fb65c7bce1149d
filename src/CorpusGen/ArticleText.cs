using System;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Text;

namespace CorpusGen;

/// <summary>
/// Where generated code finds an article's text. A package build embeds each seed file as a manifest
/// resource, so the text costs the compiler nothing; without the package's build targets (or for a
/// file that was not valid UTF-8) the generator writes the text into the code instead.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ArticleText
{
    private ArticleText()
    {
    }

    /// <summary>The seed file embedded as <paramref name="name"/>.</summary>
    public static ArticleText FromResource(Assembly assembly, string name) => new Resource(assembly, name);

    public static ArticleText FromUtf8(byte[] utf8) => new Utf8(utf8);

    public static ArticleText FromString(string text) => new Literal(text);

    internal abstract string Read(string sourceFile);

    private sealed class Resource : ArticleText
    {
        private readonly Assembly _assembly;
        private readonly string _name;

        public Resource(Assembly assembly, string name)
        {
            _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
            _name = name ?? throw new ArgumentNullException(nameof(name));
        }

        internal override string Read(string sourceFile)
        {
            using var stream = _assembly.GetManifestResourceStream(_name)
                ?? throw new InvalidOperationException($"CorpusGen: the text of {sourceFile} is not embedded in {_assembly.GetName().Name} (resource '{_name}'). Rebuild the project.");
            var bytes = new byte[stream.Length];
            int read = 0;
            while (read < bytes.Length)
            {
                int n = stream.Read(bytes, read, bytes.Length - read);
                if (n == 0) throw new EndOfStreamException();
                read += n;
            }
            return Decode(bytes);
        }

        /// <summary>As the compiler decodes a UTF-8 file: one byte order mark dropped, the rest exact.</summary>
        private static string Decode(byte[] bytes)
        {
            int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return Encoding.UTF8.GetString(bytes, skip, bytes.Length - skip);
        }
    }

    private sealed class Utf8 : ArticleText
    {
        private readonly byte[] _utf8;

        public Utf8(byte[] utf8) => _utf8 = utf8 ?? throw new ArgumentNullException(nameof(utf8));

        internal override string Read(string sourceFile) => Encoding.UTF8.GetString(_utf8);
    }

    private sealed class Literal : ArticleText
    {
        private readonly string _text;

        public Literal(string text) => _text = text ?? throw new ArgumentNullException(nameof(text));

        internal override string Read(string sourceFile) => _text;
    }
}
