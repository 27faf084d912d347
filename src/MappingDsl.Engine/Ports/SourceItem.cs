namespace MappingDsl.Engine;

/// <summary>One source record as the engine reads it.</summary>
/// <param name="Module">The source module it came from.</param>
/// <param name="Id">The source record's key.</param>
/// <param name="ModifiedAt">When the source last changed it; drives delta watermarks.</param>
/// <param name="Json">The record as UTF-8 JSON, the shape the pack's transform parses.</param>
/// <param name="Problem">Why the extractor could not read it properly, or null; such records are quarantined.</param>
public sealed record SourceItem(string Module, string Id, DateTimeOffset? ModifiedAt, ReadOnlyMemory<byte> Json, string? Problem = null)
{
    /// <summary>What the reader changed in the record (invalid UTF-8 replaced); each becomes a loss-ledger row.</summary>
    public IReadOnlyList<RecordLoss> Losses { get; init; } = [];
}
