using System.Runtime.CompilerServices;

namespace CorpusGen.Core;

/// <summary>
/// The reader runs inside the compiler, and a command-line build starts a new compiler process each
/// time: the runtime's tiered JIT first compiles every method quickly and unoptimised and would promote
/// the busy ones only later, by which time the build is over. Reading 1,000 articles took 0.74 s that
/// way against 0.17 s fully optimised. The methods with loops, where the reader spends its time, are
/// therefore marked to be optimised on first call. A marked method gets no profile-guided optimisation in
/// a warm process: <c>Tokenizer.Tokenize</c> marked alone read PolNeAR train warm at 46.5 MB/s against
/// 51.1, because its small per-character tests were no longer inlined; with those marked to be inlined
/// it costs about 1 % warm (51.2 against 51.8) and gives the first pass 10 % (15.2-16.3 MB/s against
/// 13.8-14.7) and the generator 15 ms in a 1,000-article build.
/// </summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; .NET Core 3.0
    /// and later honour it, .NET Framework ignores it.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
