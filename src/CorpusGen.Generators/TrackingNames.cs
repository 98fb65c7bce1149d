namespace CorpusGen.Generators;

/// <summary>Names of the generator's steps, so that tests can check what ran and what was cached.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string SeedFiles = nameof(SeedFiles);
    public const string ReadAhead = nameof(ReadAhead);
    public const string Articles = nameof(Articles);
    public const string ArticleSources = nameof(ArticleSources);
    public const string Summaries = nameof(Summaries);
    public const string Index = nameof(Index);
}
