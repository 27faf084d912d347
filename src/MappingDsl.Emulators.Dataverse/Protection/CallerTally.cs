using System.Collections.Concurrent;

namespace MappingDsl.Emulators.Dataverse.Protection;

/// <summary>Requests admitted, refused with 429 and records written, per caller (see <see cref="CallerIdentity"/>).</summary>
internal sealed class CallerTally
{
    private readonly ConcurrentDictionary<string, long[]> _counts = new(StringComparer.Ordinal);

    public void Admitted(string caller) => Interlocked.Increment(ref Of(caller)[0]);

    public void Throttled(string caller) => Interlocked.Increment(ref Of(caller)[1]);

    public void Wrote(string caller, int records) => Interlocked.Add(ref Of(caller)[2], records);

    public IReadOnlyDictionary<string, CallerCounts> Snapshot() =>
        _counts.ToDictionary(p => p.Key, p => new CallerCounts(Interlocked.Read(ref p.Value[0]), Interlocked.Read(ref p.Value[1]), Interlocked.Read(ref p.Value[2])), StringComparer.Ordinal);

    private long[] Of(string caller) => _counts.GetOrAdd(caller, _ => new long[3]);
}
