using System.Text.Json;

namespace MappingDsl.Sources.Events;

/// <summary>
/// Deduplicates a stream of profiles by a key (an email address), keeping the newest by a timestamp, without holding
/// the profiles in memory: pass one spools every record to a temporary file and keeps only key →
/// (position, timestamp); pass two replays the file and yields the survivors, each annotated with the profiles merged
/// into it (<c>_mergedDuplicates</c>: id and timestamp of each) so the merge is recorded on the record that carries it.
/// Records with a problem, and records without a key, pass through untouched.
/// </summary>
public sealed class NewestByKey : IAsyncDisposable
{
    private readonly string _path;
    private readonly FileStream _spool;
    private readonly Dictionary<string, Entry> _newest = new(StringComparer.Ordinal);
    private readonly List<(string Module, string? Id, DateTimeOffset? At, string? Problem, string? Key)> _headers = [];

    /// <summary>Creates an empty deduplicator with its spool file in <paramref name="tempFolder"/> (the system temp folder by default).</summary>
    /// <param name="tempFolder">Where the spool file goes.</param>
    public NewestByKey(string? tempFolder = null)
    {
        var path = Path.Combine(tempFolder ?? Path.GetTempPath(), $"mapdsl-dedupe-{Guid.NewGuid():N}.jsonl");
        _path = path;
        _spool = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
    }

    /// <summary>How many records were added.</summary>
    public int Count => _headers.Count;

    /// <summary>How many were superseded by a newer record with the same key.</summary>
    public int Superseded { get; private set; }

    /// <summary>Adds <paramref name="record"/> under <paramref name="key"/> (null: never deduplicated).</summary>
    /// <param name="record">The record.</param>
    /// <param name="key">The dedupe key, already normalised (for example a lower-case email).</param>
    /// <param name="at">The timestamp that decides which record is newest; on a tie the later record wins.</param>
    /// <param name="ct">Stops the write.</param>
    public async ValueTask AddAsync(SourceRecord record, string? key, DateTimeOffset? at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        var position = _headers.Count;
        _headers.Add((record.Module, record.Id, at, record.Problem, record.Problem is null ? key : null));
        var length = BitConverter.GetBytes(record.Json.Length);
        await _spool.WriteAsync(length, ct).ConfigureAwait(false);
        await _spool.WriteAsync(record.Json, ct).ConfigureAwait(false);
        if (record.Problem is not null || key is null)
        {
            return;
        }

        if (_newest.TryGetValue(key, out var entry))
        {
            Superseded++;
            var newer = (at ?? DateTimeOffset.MinValue) >= (entry.At ?? DateTimeOffset.MinValue);
            entry.Losers.Add(newer ? entry.Position : position);
            if (newer)
            {
                entry.Position = position;
                entry.At = at;
            }
        }
        else
        {
            _newest[key] = new Entry { Position = position, At = at };
        }
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
        for (var position = 0; position < _headers.Count; position++)
        {
            await input.ReadExactlyAsync(lengthBytes, ct).ConfigureAwait(false);
            var json = new byte[BitConverter.ToInt32(lengthBytes)];
            await input.ReadExactlyAsync(json, ct).ConfigureAwait(false);
            var (module, id, _, problem, key) = _headers[position];
            if (key is null)
            {
                yield return new SourceRecord(module, id, _headers[position].At, json, problem);
                continue;
            }

            var entry = _newest[key];
            if (entry.Position != position)
            {
                continue;
            }

            var merged = entry.Losers.Order().Select(p => _headers[p]).ToList();
            var annotated = JsonObjectAppender.Append(json, w =>
            {
                annotate?.Invoke(w, key, json);
                if (merged.Count > 0)
                {
                    w.WriteStartArray("_mergedDuplicates");
                    foreach (var loser in merged)
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
            yield return new SourceRecord(module, id, entry.At, annotated, null);
        }
    }

    /// <summary>Deletes the spool file.</summary>
    public async ValueTask DisposeAsync()
    {
        await _spool.DisposeAsync().ConfigureAwait(false);
        File.Delete(_path);
    }

    private sealed class Entry
    {
        public int Position { get; set; }
        public DateTimeOffset? At { get; set; }
        public List<int> Losers { get; } = [];
    }
}
