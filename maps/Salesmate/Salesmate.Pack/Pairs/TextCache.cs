using System;
using System.Collections.Generic;

namespace MappingDsl.Maps.Salesmate;

/// <summary>
/// The lists the pack's comma-separated helpers (<see cref="SalesmatePack.TagList"/>, interests) made last, by the
/// text they came from: the same tags or interests arrive on many records, and a list nobody can change may be shared
/// by all of them, so a repeated text costs no allocation. Direct-mapped and bounded (a new text replaces the one in
/// its slot); entries are immutable, so threads share the slots without locks.
/// </summary>
/// <typeparam name="T">The list's item.</typeparam>
internal static class TextCache<T>
{
    private static readonly Entry?[] Slots = new Entry?[256];

    /// <summary>The list for <paramref name="text"/>, made by <paramref name="make"/> unless its slot holds it.</summary>
    /// <param name="text">The comma-separated text.</param>
    /// <param name="make">
    /// Makes the items from the text alone: it must not flag the record (a cached list would skip the flag); an
    /// exception (an unmapped value) leaves the cache as it was, so the next record with that text fails the same way.
    /// </param>
    public static IReadOnlyList<T> GetOrAdd(string text, Func<string, T[]> make)
    {
        ref var slot = ref Slots[(int)((uint)text.GetHashCode() % (uint)Slots.Length)];
        if (slot is { } kept && kept.Make == make && string.Equals(kept.Text, text, StringComparison.Ordinal))
            return kept.List;
        var list = Array.AsReadOnly(make(text));
        slot = new Entry(text, make, list);
        return list;
    }

    private sealed record Entry(string Text, Func<string, T[]> Make, IReadOnlyList<T> List);
}
