namespace MappingDsl.Sources;

/// <summary>Streams a source's records one module at a time.</summary>
public interface ISourceReader
{
    /// <summary>
    /// Reads every record of <paramref name="module"/>, or only those modified after
    /// <paramref name="modifiedSince"/> when it is given. Bad records come back with
    /// <see cref="SourceRecord.Problem"/> set rather than stopping the read.
    /// </summary>
    /// <param name="module">The module to read.</param>
    /// <param name="modifiedSince">Exclusive lower bound on the last-modified timestamp, for delta runs.</param>
    /// <param name="ct">Stops the read.</param>
    IAsyncEnumerable<SourceRecord> ReadAsync(string module, DateTimeOffset? modifiedSince, CancellationToken ct);
}
