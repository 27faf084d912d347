namespace MappingDsl.Sources;

/// <summary>
/// One page of records as an API or an export file holds it, split into the rows' raw UTF-8 slices. Made by
/// <see cref="JsonPageParser"/>; the rows point into the page buffer, so nothing is copied.
/// </summary>
/// <param name="Rows">Each row's raw JSON, in page order.</param>
/// <param name="Status">The envelope's <c>Status</c> (<c>success</c>/<c>failure</c>), or <see langword="null"/> when there is none.</param>
/// <param name="ErrorName">The failure envelope's error name (<c>Error.name</c> or <c>Error.Name</c>).</param>
/// <param name="ErrorMessage">The failure envelope's error message.</param>
/// <param name="TotalRows">The total the page reports (<c>totalRows</c>/<c>total</c>), when it reports one.</param>
/// <param name="Malformed">Why no rows could be found at all; <see langword="null"/> for a usable page.</param>
public sealed record JsonPage(
    IReadOnlyList<ReadOnlyMemory<byte>> Rows,
    string? Status,
    string? ErrorName,
    string? ErrorMessage,
    long? TotalRows,
    string? Malformed)
{
    /// <summary>Whether the envelope says the call failed (whatever the HTTP status was).</summary>
    public bool IsFailure => string.Equals(Status, "failure", StringComparison.OrdinalIgnoreCase);
}
