using System.Collections.Generic;

namespace CorpusGen.Core.Layout;

/// <summary>The parts of an article's page: front matter, breadcrumb, title, body, related links.</summary>
public sealed class PageLayout
{
    public List<MetadataEntry> Metadata { get; } = new();
    public List<TextRange> Breadcrumb { get; } = new();
    public TextRange? Title { get; set; }
    public List<TextRange> Body { get; } = new();
    public List<TextRange> RelatedLinks { get; } = new();
}
