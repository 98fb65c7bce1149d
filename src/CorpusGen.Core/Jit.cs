using System.Runtime.CompilerServices;

namespace CorpusGen.Core;

/// <summary>
/// The reader runs inside the compiler, and a command-line build starts a new compiler process each
/// time: the runtime's tiered JIT first compiles every method quickly and unoptimised and would promote
/// the busy ones only later, by which time the build is over. Reading 1,000 articles took 0.74 s that
/// way against 0.17 s fully optimised. The methods with loops, where the reader spends its time, are
/// therefore marked to be optimised on first call. Not <c>Tokenizer.Tokenize</c>: marked, it loses the
/// profile-guided optimisation a warm process gives it (PolNeAR train read warm at 46.5 MB/s with it
/// marked, 51.1 without), though in the compiler it runs unoptimised to the end; its word loop
/// <c>WordEnd</c> is marked (first pass 14.0-14.5 MB/s against 13.1-13.3, warm unchanged).
/// </summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; .NET Core 3.0
    /// and later honour it, .NET Framework ignores it.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
