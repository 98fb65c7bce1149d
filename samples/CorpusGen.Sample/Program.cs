using System;
using System.Linq;
using CorpusGen;
using CorpusGen.Sample.News;

// Every seed article, as the generated types give it.
Console.OutputEncoding = System.Text.Encoding.UTF8;
foreach (Article article in Corpus.Index.Articles)
{
    Console.WriteLine($"# {article.Title}");
    Console.WriteLine($"  file:       {article.SourceFile}");
    Console.WriteLine($"  section:    {article.Section ?? "(none)"}");
    Console.WriteLine($"  paragraphs: {article.Paragraphs.Count}");
    Console.WriteLine($"  related:    {string.Join("; ", article.RelatedLinks)}");
    Console.WriteLine($"  quotes:     {article.Quotes.Count}");
    foreach (Quote quote in article.Quotes)
    {
        string speaker = quote.Speaker is null
            ? quote.SpeakerText ?? "(nobody)"
            : quote.SpeakerText == quote.Speaker.Name ? quote.Speaker.Name : $"{quote.Speaker.Name} (\"{quote.SpeakerText}\")";
        string text = quote.Text.Length > 50 ? quote.Text.Substring(0, 50) + "…" : quote.Text;
        Console.WriteLine($"    line {quote.Line,3}  {quote.Kind,-10}{(quote.IsNested ? " nested" : ""),-7} “{text}”");
        Console.WriteLine($"              speaker: {speaker}{(quote.Cue is null ? "" : $"  cue: {quote.Cue}")}");
    }
    Console.WriteLine("  entities:");
    foreach (Entity entity in article.Entities)
    {
        string details = entity switch
        {
            Organization { Acronym: { } acronym } => $" ({acronym})",
            Person { Title: { } title } person => $", {title}{(person.Affiliation is null ? "" : " of " + person.Affiliation)}",
            _ => "",
        };
        string aliases = entity.Aliases.Count == 0 ? "" : $"  also: {string.Join(", ", entity.Aliases)}";
        Console.WriteLine($"    {entity.Kind,-13}{entity.Name}{details}{aliases}");
    }
    Console.WriteLine();
}

// Typed handles: a typo here is a compile error.
Organization nato = Corpus.Organizations.Nato;
Console.WriteLine($"Quotes credited to {nato.Name} ({nato.Acronym}) across the corpus: {Corpus.QuotesBy(nato).Count}");
Person stoltenberg = Corpus.People.JensStoltenberg;
Console.WriteLine($"{stoltenberg.Name}, {stoltenberg.Title}: {Corpus.QuotesBy(stoltenberg).Count} quote(s)");
Console.WriteLine($"Articles naming China: {Corpus.Index.ArticlesMentioning(Corpus.Places.China).Count}");
