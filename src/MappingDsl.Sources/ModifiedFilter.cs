namespace MappingDsl.Sources;

/// <summary>The delta rule every reader applies: keep a record modified strictly after the watermark.</summary>
public static class ModifiedFilter
{
    /// <summary>
    /// Whether <paramref name="record"/> belongs in a pull since <paramref name="modifiedSince"/>. Records with a problem
    /// or without a timestamp are kept: dropping them would lose them silently.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="modifiedSince">The watermark, or <see langword="null"/> for a full pull.</param>
    public static bool Passes(SourceRecord record, DateTimeOffset? modifiedSince) =>
        modifiedSince is null || record.Problem is not null || record.ModifiedAt is null || record.ModifiedAt > modifiedSince;
}
