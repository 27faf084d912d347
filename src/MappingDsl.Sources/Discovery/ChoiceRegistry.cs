namespace MappingDsl.Sources.Discovery;

/// <summary>
/// Assigns option values to discovered labels so they never change: a label keeps the value an earlier discovery gave
/// it (records in the org already hold that number), a new label gets the next free value, and a label no longer in
/// use keeps its value too, since migrated records may still carry it.
/// </summary>
public static class ChoiceRegistry
{
    /// <summary>The first option value: Dataverse's customization range for the default publisher prefix.</summary>
    public const int FirstValue = 100_000_000;

    /// <summary>The labels with their option values.</summary>
    /// <param name="previous">What the previous snapshot assigned, or null.</param>
    /// <param name="labels">The labels discovered now.</param>
    public static SortedDictionary<string, int> Assign(IReadOnlyDictionary<string, int>? previous, IEnumerable<string> labels)
    {
        var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var next = FirstValue;
        foreach (var (label, value) in previous ?? new Dictionary<string, int>())
        {
            result[label] = value;
            next = Math.Max(next, value + 1);
        }
        // ';' separates options in a pack's option text; such a label stays in the text column, flagged on its record.
        foreach (var label in labels.Where(l => !l.Contains(';', StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            if (!result.ContainsKey(label))
                result[label] = next++;
        }
        return result;
    }
}
