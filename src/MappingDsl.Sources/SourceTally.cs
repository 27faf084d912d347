namespace MappingDsl.Sources;

/// <summary>
/// What a source says it holds for one module, counted apart from the read the migration makes: an API's own total
/// (Salesmate's <c>totalRows</c>), or every line or row of an export file, unparseable ones included.
/// </summary>
/// <param name="Records">How many records the source holds.</param>
/// <param name="Origin">Where the number comes from (<c>totalRows</c>, <c>file lines</c> …), for the report.</param>
/// <param name="Problem">
/// Why the number cannot be trusted to be complete (a file that ends mid-line, an unreadable page), or null. A tally
/// with a problem never balances.
/// </param>
public sealed record SourceTally(long Records, string Origin, string? Problem = null);

/// <summary>A source that can count a module's records without reading them the way a migration does.</summary>
public interface ISourceCounter
{
    /// <summary>Counts a module's records, or returns null when the source has no independent count for it.</summary>
    /// <param name="module">The module.</param>
    /// <param name="modifiedSince">The delta bound, or null for every record.</param>
    /// <param name="ct">Stops the count.</param>
    Task<SourceTally?> CountAsync(string module, DateTimeOffset? modifiedSince, CancellationToken ct);
}
