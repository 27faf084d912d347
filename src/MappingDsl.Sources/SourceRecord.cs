namespace MappingDsl.Sources;

/// <summary>
/// One record as a source produced it: the raw UTF-8 JSON object plus what the engine needs without parsing it.
/// </summary>
/// <param name="Module">The source module the record came from (for Salesmate: <c>contact</c>, <c>deal</c> …).</param>
/// <param name="Id">The record's id in the source as text, or <see langword="null"/> when it could not be read.</param>
/// <param name="ModifiedAt">The record's last-modified timestamp, when the module has one and it could be read.</param>
/// <param name="Json">The record's UTF-8 JSON exactly as the source sent it.</param>
/// <param name="Problem">
/// Why the record cannot be used; when set the engine quarantines the record with this reason instead of
/// transforming it.
/// </param>
public sealed record SourceRecord(
    string Module,
    string? Id,
    DateTimeOffset? ModifiedAt,
    ReadOnlyMemory<byte> Json,
    string? Problem)
{
    /// <summary>Whether the record can be transformed (no <see cref="Problem"/>).</summary>
    public bool IsUsable => Problem is null;

    /// <summary>What the reader had to change in the record (never silently); empty when nothing.</summary>
    public IReadOnlyList<SourceLoss> Losses { get; init; } = [];
}
