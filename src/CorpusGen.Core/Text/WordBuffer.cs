using System;

namespace CorpusGen.Core.Text;

/// <summary>
/// The slots where an article's passages keep the words they have cut, one per token. Reading allocates
/// little else of this size, so the array is kept per thread and reused from one article to the next.
/// </summary>
internal sealed class WordBuffer : IDisposable
{
    [ThreadStatic]
    private static string?[]? _spare;

    private readonly int _size;

    private WordBuffer(string?[] slots, int size)
    {
        Slots = slots;
        _size = size;
    }

    public string?[] Slots { get; }

    public static WordBuffer Rent(int size)
    {
        var slots = _spare is { } spare && spare.Length >= size ? spare : new string?[Math.Max(size, 1024)];
        _spare = null;
        return new WordBuffer(slots, size);
    }

    /// <summary>Clears the words (so no article's text is kept alive) and gives the slots back to the thread.</summary>
    public void Dispose()
    {
        Array.Clear(Slots, 0, _size);
        // A huge article's slots are not kept: they would hold memory for no later use.
        if (Slots.Length <= 1 << 20) _spare = Slots;
    }
}
