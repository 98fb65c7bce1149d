using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using CorpusGen.Core;
using CorpusGen.Core.Naming;
using CorpusGen.Generators.Emit;
using CorpusGen.Generators.Model;

namespace CorpusGen.Generators;

/// <summary>
/// Has the runtime compile the reader and the emitters before the compiler needs them. A command-line
/// build starts a new compiler process, and the runtime compiles each method the first time it runs:
/// for the reader about 300 methods, some 80 ms of JIT, which the first seeds read would otherwise wait
/// for. From creating the generator to running it the compiler works on one core (parsing, then binding:
/// about 170 ms in the 1,000-article benchmark), so reading and emitting one short article on a pool
/// thread as soon as the generator or the analyzer is created does that compiling on the idle core.
/// In the 1,000-article build (interleaved compiler runs, docs/performance.md) warming the reader took the
/// generator from about 0.33 s to 0.23 s and the compiler's whole run about 90 ms shorter with it: the
/// work left the build's path, not just the generator's clock; warming the emitters took another 11 ms.
/// In a long-lived process (the IDE, the compiler server) it runs once.
/// </summary>
public static class WarmUp
{
    private static int started;

    /// <summary>Starts the warm-up once per process; returns at once.</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref started, 1) != 0) return;
        Task.Run(static () =>
        {
            try
            {
                Run();
            }
            catch (Exception)
            {
                // Only a warm-up: a fault here would recur, and be reported, on the seed that meets it.
            }
        });
    }

    /// <summary>Reads <see cref="Article"/> and emits it as the generator would: its source and an index of it.</summary>
    public static void Run()
    {
        var model = ArticleReader.Read(Article);
        var seed = new SeedArticle("warm-up.txt", "Article_warm_up", ArticleNames.Wished(model, "warm-up"), null, model);
        var options = new GeneratorOptions(GeneratorOptions.DefaultNamespace, null);
        ArticleEmitter.Emit(seed, options);
        IndexEmitter.Emit(ImmutableArray.Create(ArticleSummary.From(seed)), options);
    }

    /// <summary>
    /// A short article, written for this, that takes the reader along its main paths: a breadcrumb glued to
    /// the title and the title repeated, a byline, a dateline, an acronym defined, quotes split, nested and
    /// continued over paragraphs, straight and <c>``''</c> marks, cues before and after with speakers named,
    /// trimmed to their head and found by pronoun, "according to", a partial and a scare quote, related links.
    /// A test keeps it doing so.
    /// </summary>
    public const string Article = """
        HomeWorldEuropeHarbour council backs new ferry link: mayor

        Harbour council backs new ferry link: mayor

        By Jane Example and Tom Writer

        LISBON (Reuters) — The Northern Ferry Association (NFA) said on Monday that a new link between Lisbon and Porto would open next spring, after the city council voted for it.

        “This is the best news our island has had in years,” said Mayor Ana Costa, who chaired the vote. “We will need every boat we can find.”

        The association’s chief executive, Paul Ward, told reporters: “Nobody expected the council to call it ‘a done deal’ this fast.” He added that the first crossings were “a trial, not a promise.”

        According to the Ministry of Transport, the service “cannot run at a loss for long,” and officials reportedly said the fares would rise.

        Also Read: Ferry fares to rise in spring

        "We asked for this for ten years," the union wrote in a statement. 'It is about time.'

        “The boats are old,” said the NFA. “Some of them are older than the crew.

        “But they still float,” it added.

        Critics call the plan a so-called “floating bus”, and the European Commission has not commented. The French and Spanish ports were not consulted, Costa’s office warned, while Ward insisted that the UN’s ``blue economy'' goals were met.

        She said: “We will not wait for Brussels.” They argued that the ‘old’ ships “are safe”.

        Read more: Island votes on port plan
        """;
}
