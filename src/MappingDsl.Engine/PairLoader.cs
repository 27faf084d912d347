using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using MappingDsl.Catalog;
using MappingDsl.Engine.Journal;

namespace MappingDsl.Engine;

/// <summary>
/// Loads one pair: read → transform on one task, batches → target → journal on another, joined by a bounded channel
/// so a slow target holds the reader back and memory does not grow with the record count. Up to
/// <see cref="MigrationOptions.BatchesInFlight"/> batches are on their way at once, so the target works on one while
/// this process transforms and journals another. Each landed batch commits its id-map rows and the checkpoint
/// together; a crashed run resumes by the keys the committed batches hold.
/// </summary>
internal sealed class PairLoader(
    MapCatalog catalog,
    IMigrationSource source,
    IMigrationTarget target,
    MigrationJournal journal,
    ILookupResolver resolver,
    MigrationOptions options)
{
    // Parsed from the manifest once per run, not per pair.
    private readonly (string Column, IReadOnlySet<string> Tables)? _originalOwner = OriginalOwnerColumn.Of(catalog);

    private const string LookupTableAnnotation = "@Microsoft.Dynamics.CRM.lookuplogicalname";

    // Entity sets of the tables a prior lookup value may point to: owners, and every table the journal has loaded.
    private readonly ConcurrentDictionary<string, string> _sets = EntitySets(journal);

    // The journal is one SQLite connection and batches land concurrently: every journal call takes this gate.
    private readonly Lock _journalGate = new();

    // Source keys of batches sent but not yet committed (guarded by _journalGate): with them a key read twice is a
    // duplicate even while its first batch is still on its way, so the first record read with a key always wins.
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);

    private readonly ValueChecks _checks = new(target);

    public async Task RunAsync(string run, PhaseInfo phase, PairInfo pair, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var progress = journal.PairProgress(run, pair.Name, phase.Number);
        if (progress.Done)
            return;
        // The source's own count, taken as the read starts so both describe the same moment.
        if (journal.SourceCountOf(run, pair.Name) is null && await source.CountAsync(pair.Module, since, cancellationToken).ConfigureAwait(false) is { } count)
            journal.SetSourceCount(run, pair.Name, count);
        var channel = Channel.CreateBounded<SourceUnit>(new BoundedChannelOptions(Math.Max(16, BatchSizeOf(pair) * 2))
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Resumed by key, never by position: the source may have gained or lost records since the crash.
        var handled = progress.Position > 0 ? journal.HandledKeys(run, pair.Name) : [];
        var producer = Task.Run(() => ProduceAsync(pair, since, handled, channel.Writer, stop.Token), stop.Token);
        try
        {
            await ConsumeAsync(run, phase, pair, channel.Reader, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(producer).ConfigureAwait(false);
            throw;
        }
        await producer.ConfigureAwait(false);
        journal.CompletePair(run, pair.Name);
    }

    private async Task ProduceAsync(PairInfo pair, DateTimeOffset? since, HashSet<string> handled, ChannelWriter<SourceUnit> output, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            var transform = catalog.Transform(pair.Name);
            var columns = LossColumns.For(pair);
            using var writer = new RecordWriter(new MapContext(resolver)) { OriginalOwner = _originalOwner };
            long ordinal = 0;
            await foreach (var item in source.ReadAsync(pair.Module, since, cancellationToken).ConfigureAwait(false))
            {
                ordinal++;
                if (options.Sample is { } sample && !sample.Includes(ordinal, item.Id))
                    continue;
                var unit = Transform(transform, item, ordinal, writer, columns);
                // One source record may become several target records with their own keys (a thread's messages):
                // it is done when its own key, or every record it wrote, is in the journal.
                if (handled.Count > 0 && (handled.Contains(unit.Key) || (unit.Records.Count > 0 && unit.Records.TrueForAll(r => handled.Contains(r.SourceKey)))))
                    continue;
                await _checks.CheckAsync(unit, cancellationToken).ConfigureAwait(false);
                await output.WriteAsync(unit, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            failure = exception;
        }
        output.Complete(failure);
    }

    private static SourceUnit Transform(IPairTransform transform, SourceItem item, long ordinal, RecordWriter writer, LossColumns columns)
    {
        if (item.Problem is { } problem)
            return new SourceUnit(ordinal, item.Id, item.ModifiedAt) { Stage = "extract", Reason = problem, Json = item.Json };
        writer.Clear();
        TransformOutcome outcome;
        var events = new List<LossEvent>();
        var previous = LossCapture.Begin(events);
        try
        {
            outcome = transform.Transform(item.Json.Span, writer);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Transforms promise not to throw; if one does, the record is quarantined rather than the run lost.
            outcome = TransformOutcome.Rejected(item.Id, $"transform failed: {exception.Message}");
        }
        finally
        {
            LossCapture.End(previous);
        }
        var key = outcome.SourceKey ?? item.Id;
        if (outcome.Status == TransformStatus.Rejected)
            return new SourceUnit(ordinal, key, item.ModifiedAt) { Stage = "transform", Reason = outcome.Reason ?? "rejected", Json = item.Json };
        var unit = new SourceUnit(ordinal, key, item.ModifiedAt) { Json = item.Json };
        unit.Losses.AddRange(item.Losses);
        foreach (var e in events)
            unit.Losses.Add(new RecordLoss(columns.Column(e.Reason, writer.Records), e.Rule, e.Reason, e.Original, e.Stored));
        foreach (var record in writer.Records)
            unit.Records.Add(record with { Body = record.Body.ToArray() });
        foreach (var (row, _) in writer.Inventory)
            unit.Inventory.Add(JsonSerializer.Serialize(row.Cells.Select(c => new[] { c.Key, c.Value }).ToArray(), EngineJsonContext.Default.StringArrayArray));
        return unit;
    }

    // A pair's own [Pair(BatchSize = …)] wins over the run-wide --batch-size.
    private int BatchSizeOf(PairInfo pair) => pair.BatchSize ?? options.BatchSize;

    private async Task ConsumeAsync(string run, PhaseInfo phase, PairInfo pair, ChannelReader<SourceUnit> input, CancellationToken cancellationToken)
    {
        var batch = new List<SourceUnit>();
        var records = 0;
        var batchSize = BatchSizeOf(pair);
        var loads = new List<Task>();
        try
        {
            await foreach (var unit in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                batch.Add(unit);
                records += Math.Max(1, unit.Records.Count);
                if (records < batchSize)
                    continue;
                await DispatchAsync(run, phase, pair, batch, loads, cancellationToken).ConfigureAwait(false);
                batch = [];
                records = 0;
            }
            if (batch.Count > 0)
                await DispatchAsync(run, phase, pair, batch, loads, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Batches already sent finish and commit (or fail) before the pair ends or the failure is reported, so
            // nothing that landed is left out of the journal.
            await Task.WhenAll(loads.Select(l => l.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default))).ConfigureAwait(false);
        }
        await Task.WhenAll(loads).ConfigureAwait(false);
    }

    // Deduplicated here, in read order, before the batch is sent; then loaded alongside the batches still in flight,
    // waiting for one of them to finish when the window is full (and failing as soon as one fails).
    private async Task DispatchAsync(string run, PhaseInfo phase, PairInfo pair, List<SourceUnit> units, List<Task> loads, CancellationToken cancellationToken)
    {
        var commit = new BatchCommit(run, phase.Number, pair.Name)
        {
            Position = units[^1].Position,
            Watermark = units.Max(u => u.Modified),
        };
        List<SourceUnit> kept;
        lock (_journalGate)
            kept = Deduplicate(run, pair, units, commit);
        loads.Add(LoadAsync(run, phase, pair, kept, commit, cancellationToken));
        while (loads.Count >= Math.Max(1, options.BatchesInFlight) || loads.Any(l => l.IsFaulted || l.IsCanceled))
        {
            var done = await Task.WhenAny(loads).ConfigureAwait(false);
            loads.Remove(done);
            await done.ConfigureAwait(false);
        }
    }

    private async Task LoadAsync(string run, PhaseInfo phase, PairInfo pair, List<SourceUnit> units, BatchCommit commit, CancellationToken cancellationToken)
    {
        var failures = new Dictionary<SourceUnit, List<(string Stage, string Reason)>>();
        void Fail(SourceUnit unit, string stage, string reason)
        {
            if (!failures.TryGetValue(unit, out var list))
                failures[unit] = list = [];
            list.Add((stage, reason));
        }
        foreach (var unit in units)
        {
            if (unit.Stage is { } stage)
                Fail(unit, stage, unit.Reason ?? stage);
            else if (unit.Records.SelectMany(r => r.Problems).ToList() is { Count: > 0 } problems)
                Fail(unit, "transform", string.Join("; ", problems));
        }
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        var loadable = units
            .Where(u => !failures.ContainsKey(u))
            .SelectMany(u => u.Records.Select(r => (Unit: u, Record: r)))
            .GroupBy(x => x.Record.Table.LogicalName);
        var states = new List<RecordState>();
        var closing = new List<SourceUnit>();
        foreach (var group in loadable)
        {
            var items = group.ToList();
            var table = items[0].Record.Table;
            var keys = items.Select(x => x.Record.SourceKey).Distinct(StringComparer.Ordinal).ToList();
            var columns = WrittenColumns.Of(items.Select(x => x.Record.Body))
                .Concat(items.SelectMany(x => x.Record.Binds).Select(b => LookupValue(b.LogicalName)).Distinct(StringComparer.Ordinal))
                .ToList();
            // Opportunities and activities (primary key activityid) can be closed, and a closed one is read-only, so
            // their current state is read with the rest; so is any table a pair closes.
            var closable = table.LogicalName == "opportunity" || table.PrimaryId == "activityid" || items.Any(x => x.Record.State is not null);
            if (closable)
                columns.Add("statecode");
            var existing = await target.ReadBySourceIdsAsync(table, catalog.SourceIdColumn, keys, columns, cancellationToken).ConfigureAwait(false);
            HashSet<string> pending;
            lock (_journalGate)
            {
                pending = journal.Pending(run, table.LogicalName);
                // Written before the upsert so a crash between the upsert and the commit still knows what this run created.
                journal.AddPending(run, table.LogicalName, keys.Where(k => !existing.ContainsKey(k)));
            }
            var closed = closable ? ClosedStates(existing) : [];
            // Closed records (docs/reliability.md, "Closed records"): one already in the state the source wants is left
            // as it is (a replay or delta neither updates it, closes it again, nor adds close records or parties); one
            // the source wants in another state is reopened first, then loaded and closed as the source says.
            var send = items.Where(x => !(closed.TryGetValue(x.Record.SourceKey, out var now) && now == x.Record.State)).ToList();
            var reopen = send.Where(x => closed.ContainsKey(x.Record.SourceKey))
                .Select(x => new RecordState(new RecordId(table.LogicalName, table.EntitySetName, existing[x.Record.SourceKey].Id), 0, null))
                .DistinctBy(r => r.Record.Id).ToList();
            if (reopen.Count > 0)
                await target.SetStatesAsync(reopen, cancellationToken).ConfigureAwait(false);
            var sent = await target.UpsertAsync(table, catalog.SourceIdColumn, [.. send.Select(x => x.Record)], cancellationToken).ConfigureAwait(false);
            if (sent.Count != send.Count)
                throw new InvalidOperationException($"The target returned {sent.Count} results for {send.Count} records of {table.LogicalName}.");
            var bySent = new Dictionary<TargetRecord, UpsertResult>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < send.Count; i++)
                bySent[send[i].Record] = sent[i];
            for (var i = 0; i < items.Count; i++)
            {
                var (unit, record) = items[i];
                if (!bySent.TryGetValue(record, out var result))
                {
                    var kept = new RecordId(table.LogicalName, table.EntitySetName, existing[record.SourceKey].Id);
                    if (mapped.Add(record.SourceKey))
                        commit.IdMap.Add((record.SourceKey, kept));
                    commit.Landed.Add(record.SourceKey);
                    commit.Flags.Add((record.SourceKey, $"already closed in Dataverse (statecode {record.State}); a closed record is read-only, so it was left as it is"));
                    commit.PendingDone.Add((table.LogicalName, record.SourceKey));
                    continue;
                }
                if (result is not { Id: { } id, Error: null })
                {
                    Fail(unit, "load", result.Error ?? "the target returned no id");
                    continue;
                }
                var landed = new RecordId(table.LogicalName, table.EntitySetName, id);
                if (record.State is { } state)
                {
                    states.Add(new RecordState(landed, state, record.Status));
                    closing.Add(unit);
                }
                if (mapped.Add(record.SourceKey))
                    commit.IdMap.Add((record.SourceKey, landed));
                if (PrimaryEmail.Of(record.Body.Span) is { } email)
                    commit.Emails.Add((email, landed));
                var created = !existing.TryGetValue(record.SourceKey, out var before) || pending.Contains(record.SourceKey);
                _sets.TryAdd(table.LogicalName, table.EntitySetName);
                commit.Changes.Add((record.SourceKey, landed, created, created ? null : PriorValues(record, before!.Columns)));
                commit.Landed.Add(record.SourceKey);
                commit.PendingDone.Add((table.LogicalName, record.SourceKey));
                foreach (var lookup in record.Deferred)
                    commit.Deferred.Add((record.SourceKey, landed, lookup));
                foreach (var flag in record.Flags)
                    commit.Flags.Add((record.SourceKey, flag));
            }
        }
        if (states.Count > 0)
        {
            var refused = await target.SetStatesAsync(states, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < states.Count; i++)
            {
                if (refused[i] is { } reason)
                    Fail(closing[i], "state", reason);
            }
        }
        foreach (var unit in units)
        {
            if (failures.TryGetValue(unit, out var reasons))
            {
                commit.Rejected++;
                foreach (var (stage, reason) in reasons)
                    commit.Quarantine.Add((unit.Key, stage, reason));
            }
            else if (unit.Records.Count > 0)
            {
                commit.Loaded++;
                foreach (var loss in unit.Losses)
                    commit.Losses.Add((unit.Key, loss));
            }
            else if (unit.Inventory.Count > 0)
            {
                commit.Inventoried++;
                foreach (var cells in unit.Inventory)
                    commit.Inventory.Add((unit.Key, cells));
            }
            else
            {
                commit.Skipped++;
                commit.SkippedKeys.Add(unit.Key);
            }
        }
        lock (_journalGate)
        {
            journal.Commit(commit);
            _inFlight.ExceptWith(commit.Seen);
        }
        options.Progress?.Report(new MigrationProgress(phase.Number, pair.Name, commit.Position, "load"));
    }

    private static ConcurrentDictionary<string, string> EntitySets(MigrationJournal journal)
    {
        var sets = new ConcurrentDictionary<string, string>(journal.EntitySets(), StringComparer.Ordinal);
        sets["systemuser"] = "systemusers";
        sets["team"] = "teams";
        return sets;
    }

    private static Dictionary<string, int> ClosedStates(IReadOnlyDictionary<string, TargetSnapshot> existing)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, snapshot) in existing)
        {
            if (snapshot.Columns.ValueKind == JsonValueKind.Object && snapshot.Columns.TryGetProperty("statecode", out var state)
                && state.ValueKind == JsonValueKind.Number && state.GetInt32() != 0)
                result[key] = state.GetInt32();
        }
        return result;
    }

    // Duplicate source keys within one run and pair: the first record read with a key is the one migrated; every
    // later one is kept, with its JSON, in the journal's duplicates (duplicates.csv) and is not sent, so the target
    // holds one version and both stay inspectable. Records without a readable key are never duplicates.
    private List<SourceUnit> Deduplicate(string run, PairInfo pair, List<SourceUnit> units, BatchCommit commit)
    {
        var earlier = journal.SeenKeys(run, pair.Name, units.Where(u => u.Key.Length > 0).Select(u => u.Key));
        var kept = new List<SourceUnit>(units.Count);
        foreach (var unit in units)
        {
            if (unit.Key.Length == 0)
            {
                kept.Add(unit);
            }
            else if (_inFlight.Contains(unit.Key) || !earlier.Add(unit.Key))
            {
                commit.Duplicates.Add((unit.Key, unit.Position, unit.Modified, System.Text.Encoding.UTF8.GetString(unit.Json.Span)));
            }
            else
            {
                commit.Seen.Add(unit.Key);
                _inFlight.Add(unit.Key);
                kept.Add(unit);
            }
        }
        return kept;
    }

    // The previous values of exactly the columns the upsert overwrites, for rollback. A column the target did not
    // return was empty. A lookup goes back as a bind to the record it pointed to, or null when it was empty.
    private string PriorValues(TargetRecord record, JsonElement columns)
    {
        using var document = JsonDocument.Parse(record.Body);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.NameEquals(catalog.SourceIdColumn) || property.Name.Contains('@', StringComparison.Ordinal))
                    continue;
                if (columns.ValueKind == JsonValueKind.Object && columns.TryGetProperty(property.Name, out var old))
                {
                    writer.WritePropertyName(property.Name);
                    old.WriteTo(writer);
                }
                else if (property.Value.ValueKind != JsonValueKind.Array)
                {
                    writer.WriteNull(property.Name);
                }
            }
            foreach (var bind in record.Binds.DistinctBy(b => b.LogicalName))
                PriorBind(writer, bind, document.RootElement, columns);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void PriorBind(Utf8JsonWriter writer, LookupColumn bind, JsonElement body, JsonElement columns)
    {
        var value = LookupValue(bind.LogicalName);
        if (columns.ValueKind == JsonValueKind.Object && columns.TryGetProperty(value, out var id) && id.ValueKind == JsonValueKind.String)
        {
            // A table this run cannot name the entity set of stays as the upsert left it rather than be cleared.
            if (columns.TryGetProperty(value + LookupTableAnnotation, out var table) && table.GetString() is { } logical
                && bind.TargetFor(logical) is { } target && _sets.TryGetValue(logical, out var set))
            {
                writer.WriteString(target.BindProperty, "/" + set + "(" + id.GetString() + ")");
            }
            return;
        }
        // It was empty: clear what the upsert bound.
        foreach (var written in bind.Targets.Select(t => t.BindProperty).Where(p => body.TryGetProperty(p.EncodedUtf8Bytes, out _)).Distinct())
            writer.WriteNull(written);
    }

    private static string LookupValue(string column) => "_" + column + "_value";
}
