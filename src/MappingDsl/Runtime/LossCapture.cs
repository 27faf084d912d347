namespace MappingDsl;

/// <summary>One value a <see cref="Lossy"/> marker actually changed while a record was transformed.</summary>
/// <param name="Rule">The marker (<c>Lossy.Truncate</c>, <c>Lossy.ToDate</c>, <c>Lossy.ToWhole</c>, <c>Lossy.Join</c>).</param>
/// <param name="Reason">The reason the map gave; it names the column through the catalog's field maps.</param>
/// <param name="Original">The original's length, value or digest.</param>
/// <param name="Stored">The stored value's length, when it has one.</param>
public sealed record LossEvent(string Rule, string Reason, string Original, long? Stored);

/// <summary>
/// Collects the <see cref="LossEvent"/>s of the transform running on this thread, so the engine can write one
/// loss-ledger row per value a marker changed. Markers cost a null check when nothing is collecting.
/// </summary>
public static class LossCapture
{
    [ThreadStatic]
    private static List<LossEvent>? t_sink;

    /// <summary>Starts collecting into <paramref name="sink"/>; returns the previous sink to hand to <see cref="End"/>.</summary>
    /// <param name="sink">Where the events go.</param>
    public static List<LossEvent>? Begin(List<LossEvent> sink)
    {
        var previous = t_sink;
        t_sink = sink;
        return previous;
    }

    /// <summary>Stops collecting, restoring the previous sink.</summary>
    /// <param name="previous">What <see cref="Begin"/> returned.</param>
    public static void End(List<LossEvent>? previous) => t_sink = previous;

    internal static bool Active => t_sink is not null;

    internal static void Record(string rule, string reason, string original, long? stored) =>
        t_sink?.Add(new LossEvent(rule, reason, original, stored));
}
