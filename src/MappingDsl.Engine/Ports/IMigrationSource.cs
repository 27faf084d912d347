namespace MappingDsl.Engine;

/// <summary>Where the engine reads source records from: a live API, an export folder or an emulator.</summary>
public interface IMigrationSource
{
    /// <summary>Streams a module's records in a stable order (resume skips by position).</summary>
    /// <param name="module">The source module.</param>
    /// <param name="modifiedSince">Only records modified after this instant, or null for all.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    IAsyncEnumerable<SourceItem> ReadAsync(string module, DateTimeOffset? modifiedSince, CancellationToken cancellationToken);

    /// <summary>
    /// The source's own count of a module (an API total, the lines of an export), independent of <see cref="ReadAsync"/>;
    /// null when the source has none, and the reconciliation then says the source count is the records read.
    /// </summary>
    /// <param name="module">The source module.</param>
    /// <param name="modifiedSince">The delta bound, or null.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    Task<SourceCount?> CountAsync(string module, DateTimeOffset? modifiedSince, CancellationToken cancellationToken) =>
        Task.FromResult<SourceCount?>(null);
}
