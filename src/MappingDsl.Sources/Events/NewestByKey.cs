using System.Text.Json;

namespace MappingDsl.Sources.Events;

/// <summary>
/// Deduplicates a stream of profiles by a key (an email address), keeping the newest by a timestamp, with memory that
/// does not grow with the number of profiles: pass one spools every record to a temporary file and what must be
/// remembered of it (module, id, timestamp, problem, key) to a temporary SQLite file (<see cref="DedupeLedger"/>); pass
/// two works out the newest of each key there and replays the spool, yielding the survivors, each annotated with the
/// profiles merged into it (<c>_mergedDuplicates</c>: id and timestamp of each) so the merge is recorded on the record
/// that carries it. Records with a problem, and records without a key, pass through untouched.
/// </summary>
public sealed class NewestByKey : IAsyncDisposable
{
    private readonly string _path;
    private readonly FileStream _spool;
    private readonly DedupeLedger _ledger;

    /// <summary>Creates an empty deduplicator with its spool files in <paramref name="tempFolder"/> (the system temp folder by default).</summary>
    /// <param name="tempFolder">Where the spool files go.</param>
    public NewestByKey(string? tempFolder = null)
    {
        var path = Path.Combine(tempFolder ?? Path.GetTempPath(), $"mapdsl-dedupe-{Guid.NewGuid():N}");
        _path = path + ".jsonl";
        _spool = new FileStream(_path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
        _ledger = new DedupeLedger(path + ".db");
    }

    /// <summary>How many records were added.</summary>
    public int Count { get; private set; }

    /// <summary>How many were superseded by a newer record with the same key.</summary>
    /// <remarks>The first read after an add works the survivors out on disk (a sort of the keyed records).</remarks>
    public int Superseded => _ledger.Superseded();

    /// <summary>Adds <paramref name="record"/> under <paramref name="key"/> (null: never deduplicated).</summary>
    /// <param name="record">The record.</param>
    /// <param name="key">The dedupe key, already normalised (for example a lower-case email).</param>
    /// <param name="at">The timestamp that decides which record is newest; on a tie the later record wins.</param>
    /// <param name="ct">Stops the write.</param>
    public async ValueTask AddAsync(SourceRecord record, string? key, DateTimeOffset? at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        _ledger.Add(Count, record.Module, record.Id, at, record.Problem, record.Problem is null ? key : null);
        Count++;
        var length = BitConverter.GetBytes(record.Json.Length);
        await _spool.WriteAsync(length, ct).ConfigureAwait(false);
        await _spool.WriteAsync(record.Json, ct).ConfigureAwait(false);
    }

    /// <summary>Yields the survivors (and every pass-through record) in the order they were added.</summary>
    /// <param name="annotate">Writes further properties onto each surviving keyed record (given its key and JSON); may be null.</param>
    /// <param name="ct">Stops the read.</param>
    /// <remarks>May be called more than once (each call reads the spool anew) once every record was added.</remarks>
    public async IAsyncEnumerable<SourceRecord> ReadAsync(
        Action<Utf8JsonWriter, string, byte[]>? annotate,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await _spool.FlushAsync(ct).ConfigureAwait(false);
        await using var input = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);
        var lengthBytes = new byte[4];
        var next = 0;
        foreach (var row in _ledger.Replay())
        {
            // Superseded records are not in the replay: step over their bytes.
            for (; next < row.Position; next++)
            {
                await input.ReadExactlyAsync(lengthBytes, ct).ConfigureAwait(false);
                input.Seek(BitConverter.ToInt32(lengthBytes), SeekOrigin.Current);
            }

            await input.ReadExactlyAsync(lengthBytes, ct).ConfigureAwait(false);
            var json = new byte[BitConverter.ToInt32(lengthBytes)];
            await input.ReadExactlyAsync(json, ct).ConfigureAwait(false);
            next++;
            if (row.Key is not { } key)
            {
                yield return new SourceRecord(row.Module, row.Id, row.At, json, row.Problem);
                continue;
            }

            var annotated = JsonObjectAppender.Append(json, w =>
            {
                annotate?.Invoke(w, key, json);
                if (row.Merged.Count > 0)
                {
                    w.WriteStartArray("_mergedDuplicates");
                    foreach (var loser in row.Merged)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", loser.Id);
                        if (loser.At is { } lostAt)
                        {
                            w.WriteString("updatedAt", lostAt);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }
            });
            yield return new SourceRecord(row.Module, row.Id, row.At, annotated, null);
        }
    }

    /// <summary>Deletes the spool files.</summary>
    public async ValueTask DisposeAsync()
    {
        await _spool.DisposeAsync().ConfigureAwait(false);
        _ledger.Dispose();
        File.Delete(_path);
    }
}
