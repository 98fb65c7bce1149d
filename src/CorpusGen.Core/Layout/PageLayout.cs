using System.Collections.Generic;

namespace CorpusGen.Core.Layout;

/// <summary>The parts of an article's page: front matter, breadcrumb, title, body, related links.</summary>
public sealed class PageLayout
{
    public List<MetadataEntry> Metadata { get; } = new();
    public List<TextRange> Breadcrumb { get; } = new();
    public TextRange? Title { get; set; }

    /// <summary>"By Jane Smith, Associated Press": who wrote it (not body text).</summary>
    public TextRange? Byline { get; set; }

    /// <summary>"WASHINGTON (AP)" opening the first paragraph: where it was filed (it stays in the paragraph).</summary>
    public TextRange? Dateline { get; set; }
    public List<TextRange> Body { get; } = new();
    public List<TextRange> RelatedLinks { get; } = new();
}
