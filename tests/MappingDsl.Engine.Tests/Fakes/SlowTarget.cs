using System.Runtime.CompilerServices;

namespace MappingDsl.Engine.Tests.Fakes;

// An org that takes its time over each upsert, so batches sent one after another are on their way together; the
// in-memory org behind it is not thread-safe, so each call reaches it alone. Counts how many upserts overlapped.
internal sealed class SlowTarget(InMemoryTarget inner, TimeSpan upsertTime) : IMigrationTarget
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _running;
    private int _most;

    public int MostUpsertsAtOnce => Volatile.Read(ref _most);

    public async Task<IReadOnlyList<UpsertResult>> UpsertAsync(TableInfo table, string sourceIdColumn, IReadOnlyList<TargetRecord> records, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _most, running);
        try
        {
            await Task.Delay(upsertTime, cancellationToken);
            return await Alone(() => inner.UpsertAsync(table, sourceIdColumn, records, cancellationToken), cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    public Task PatchAsync(RecordId record, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        Alone(async () =>
        {
            await inner.PatchAsync(record, body, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<string?>> SetStatesAsync(IReadOnlyList<RecordState> changes, CancellationToken cancellationToken) =>
        Alone(() => inner.SetStatesAsync(changes, cancellationToken), cancellationToken);

    public Task<bool> DeleteAsync(RecordId record, CancellationToken cancellationToken) =>
        Alone(() => inner.DeleteAsync(record, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<string, TargetSnapshot>> ReadBySourceIdsAsync(TableInfo table, string sourceIdColumn, IReadOnlyCollection<string> sourceKeys, IReadOnlyCollection<string>? columns, CancellationToken cancellationToken) =>
        Alone(() => inner.ReadBySourceIdsAsync(table, sourceIdColumn, sourceKeys, columns, cancellationToken), cancellationToken);

    public async IAsyncEnumerable<string> ReadSourceIdsAsync(TableInfo table, string sourceIdColumn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var keys = await Alone(async () =>
        {
            var all = new List<string>();
            await foreach (var key in inner.ReadSourceIdsAsync(table, sourceIdColumn, cancellationToken))
                all.Add(key);
            return all;
        }, cancellationToken);
        foreach (var key in keys)
            yield return key;
    }

    public Task<IReadOnlyList<TargetUser>> FindUsersAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken) =>
        inner.FindUsersAsync(emails, cancellationToken);

    public Task<RecordId?> FindTeamAsync(string name, CancellationToken cancellationToken) => inner.FindTeamAsync(name, cancellationToken);

    private async Task<T> Alone<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await call();
        }
        finally
        {
            _gate.Release();
        }
    }

    private static void InterlockedMax(ref int location, int value)
    {
        var seen = Volatile.Read(ref location);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref location, value, seen);
            if (previous == seen)
                return;
            seen = previous;
        }
    }
}
