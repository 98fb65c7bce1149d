using System.Text;

namespace CorpusGen.Generators.Emit;

/// <summary>Builds C# text line by line with indentation; no syntax trees, no NormalizeWhitespace.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4);
        _builder.Append(text).Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>A <c>/// &lt;summary&gt;</c> comment; the text is escaped and kept to one line.</summary>
    public SourceWriter Summary(string text, string? remarks = null)
    {
        Line("/// <summary>" + Literals.XmlDoc(text) + "</summary>");
        if (!string.IsNullOrEmpty(remarks)) Line("/// <remarks>" + Literals.XmlDoc(remarks!) + "</remarks>");
        return this;
    }

    public override string ToString() => _builder.ToString();
}
