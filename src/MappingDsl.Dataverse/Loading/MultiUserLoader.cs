using System.Runtime.CompilerServices;
using System.Threading.Channels;
using MappingDsl.Dataverse.Throughput;

namespace MappingDsl.Dataverse.Loading;

/// <summary>
/// Spreads one load over several application users. Dataverse evaluates its service-protection limits per user
/// ("Each authenticated user is limited independently", api-limits), so each user gets its own
/// <see cref="BulkLoader"/>: its own client (token and 429 gate) and its own throughput controller. The users take
/// records from one shared queue as each has room, and a user waiting out a <c>Retry-After</c> takes nothing
/// meanwhile, so the others carry the load; only what that user already holds (its requests in flight and a partly
/// filled batch) waits for it. Every record goes to exactly one user.
/// </summary>
public sealed class MultiUserLoader
{
    private readonly IReadOnlyList<(DataverseClient Client, BulkLoader Loader)> _users;

    /// <summary>Creates a loader over the users' clients (one per application user, each with its own token).</summary>
    /// <param name="users">At least one client.</param>
    /// <param name="controller">Creates each user's own throughput controller.</param>
    public MultiUserLoader(IReadOnlyList<DataverseClient> users, Func<IThroughputController> controller)
    {
        ArgumentOutOfRangeException.ThrowIfZero(users.Count, nameof(users));
        _users = [.. users.Select(c => (c, new BulkLoader(c, controller())))];
    }

    /// <summary>How many users the load is spread over.</summary>
    public int Users => _users.Count;

    /// <summary>Upserts every record through whichever user has room; one result per record (order not guaranteed).</summary>
    /// <param name="options">The table and key column.</param>
    /// <param name="records">The records, all for that table.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public async Task<IReadOnlyList<RecordLoadResult>> UpsertAsync(BulkLoadOptions options, IAsyncEnumerable<TargetRecord> records, CancellationToken cancellationToken = default)
    {
        if (_users.Count == 1)
            return await _users[0].Loader.UpsertAsync(options, records, cancellationToken).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // One slot: a record waits here only until some user with room takes it, so none is parked with a busy user.
        var queue = Channel.CreateBounded<TargetRecord>(new BoundedChannelOptions(1) { SingleWriter = true });
        var feed = FeedAsync(records, queue.Writer, stop.Token);
        var loads = _users.Select(user => LoadAsync(user.Client, user.Loader, options, queue.Reader, stop)).ToList();
        try
        {
            await feed.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A user failed and stopped the feed: awaiting the users below throws its exception.
        }
        catch
        {
            // The records could not be read: stop the users and report why.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(loads.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
            throw;
        }
        // A user that fails outright makes this throw its exception (the others, cancelled, add none).
        return [.. (await Task.WhenAll(loads).ConfigureAwait(false)).SelectMany(r => r)];
    }

    private static async Task FeedAsync(IAsyncEnumerable<TargetRecord> records, ChannelWriter<TargetRecord> queue, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
                await queue.WriteAsync(record, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
            throw;
        }
        finally
        {
            queue.TryComplete(failure);
        }
    }

    private static async Task<IReadOnlyList<RecordLoadResult>> LoadAsync(DataverseClient client, BulkLoader loader, BulkLoadOptions options, ChannelReader<TargetRecord> queue, CancellationTokenSource stop)
    {
        try
        {
            return await loader.UpsertAsync(options, TakeAsync(client, queue, stop.Token), stop.Token).ConfigureAwait(false);
        }
        catch
        {
            // A user that fails outright (a refused record is a result, not a failure) ends the load for all, as a
            // single user's failure would; the feed must not wait for readers that are gone.
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    // A user takes the next record only while its gate is open: one waiting out a Retry-After leaves the queue to the
    // others instead of parking records behind its gate.
    private static async IAsyncEnumerable<TargetRecord> TakeAsync(DataverseClient client, ChannelReader<TargetRecord> queue, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await queue.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var wait = client.ThrottledFor; wait > TimeSpan.Zero; wait = client.ThrottledFor)
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            if (queue.TryRead(out var record))
                yield return record;
        }
    }
}
