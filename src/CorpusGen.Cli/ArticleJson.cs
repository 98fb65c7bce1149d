using System.Text.Json;
using CorpusGen.Core;

namespace CorpusGen.Cli;

/// <summary>The JSON form of one article. Offsets are UTF-16 offsets into the decoded text.</summary>
internal static class ArticleJson
{
    public static void Write(Utf8JsonWriter json, string file, ArticleModel article)
    {
        var text = article.Text;
        json.WriteStartObject();
        json.WriteString("file", file);
        json.WriteString("title", article.TitleText);
        json.WriteString("section", article.Section?.Slice(text));
        if (article.Byline is { } byline) json.WriteString("byline", byline.Slice(text));
        if (article.Dateline is { } dateline) json.WriteString("dateline", dateline.Slice(text));
        json.WriteStartArray("paragraphs");
        foreach (var paragraph in article.Paragraphs)
        {
            json.WriteStartObject();
            json.WriteNumber("start", paragraph.Range.Start);
            json.WriteNumber("end", paragraph.Range.End);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        // The article's quotations; one inside another is part of its words and is listed in its
        // "embedded" (as CoreNLP lists embedded quotations), not again among the article's.
        json.WriteStartArray("quotes");
        for (int next = 0; next < article.Quotes.Count;) WriteQuote(json, article, ref next);
        json.WriteEndArray();

        json.WriteStartArray("entities");
        foreach (var entity in article.Entities)
        {
            json.WriteStartObject();
            json.WriteString("name", entity.Name);
            json.WriteString("type", entity.Kind.ToString().ToLowerInvariant());
            if (entity.Acronym is not null) json.WriteString("acronym", entity.Acronym);
            if (entity.Title is not null) json.WriteString("title", entity.Title);
            if (entity.Affiliation is not null) json.WriteString("affiliation", entity.Affiliation);
            json.WriteStartArray("aliases");
            foreach (var alias in entity.Aliases) json.WriteStringValue(alias);
            json.WriteEndArray();
            json.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions)
            {
                json.WriteStartObject();
                json.WriteNumber("start", mention.Start);
                json.WriteNumber("end", mention.End);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var finding in article.Findings)
        {
            json.WriteStartObject();
            json.WriteString("kind", finding.Kind.ToString());
            json.WriteNumber("start", finding.Range.Start);
            json.WriteNumber("end", finding.Range.End);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes the quote at <paramref name="index"/> with the quotations inside it, and moves past them.
    /// The reader orders quotes by start, a quotation before those it holds.
    /// </summary>
    private static void WriteQuote(Utf8JsonWriter json, ArticleModel article, ref int index)
    {
        var text = article.Text;
        var quote = article.Quotes[index++];
        json.WriteStartObject();
        json.WriteNumber("start", quote.Range.Start);
        json.WriteNumber("end", quote.Range.End);
        json.WriteString("text", quote.Content.Slice(text));
        json.WriteString("kind", quote.Kind switch { QuoteKind.Speech => "speech", QuoteKind.Partial => "partial", _ => "scare" });
        json.WriteNumber("depth", quote.Depth);
        json.WriteNumber("line", quote.Line);
        json.WriteNumber("column", quote.Column);
        if (quote.Speaker is { } speaker)
        {
            json.WriteStartObject("speaker");
            Range(json, speaker.Mention, text);
            json.WriteString("entity", speaker.Entity >= 0 ? article.Entities[speaker.Entity].Name : null);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("speaker");
        }
        if (quote.Cue is { } cue)
        {
            json.WriteStartObject("cue");
            Range(json, cue, text);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("cue");
        }
        json.WriteStartArray("embedded");
        while (index < article.Quotes.Count && article.Quotes[index].Range.Start < quote.Range.End) WriteQuote(json, article, ref index);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Range(Utf8JsonWriter json, TextRange range, string text)
    {
        json.WriteNumber("start", range.Start);
        json.WriteNumber("end", range.End);
        json.WriteString("text", range.Slice(text));
    }
}
