namespace MappingDsl.Sources;

/// <summary>
/// Something a reader changed or dropped in one record on its way in (invalid UTF-8 bytes replaced with U+FFFD),
/// so the loss ledger can name the record instead of the change passing silently.
/// </summary>
/// <param name="Field">The source field the change is in, or <c>(record)</c> when it cannot be told.</param>
/// <param name="Rule">What happened (<c>reader.invalid-utf8</c>).</param>
/// <param name="Reason">In words, for the customer.</param>
/// <param name="Original">The original's size (bytes) or a digest.</param>
/// <param name="Stored">The size of what is kept, when it has one.</param>
public sealed record SourceLoss(string Field, string Rule, string Reason, string Original, long? Stored);
