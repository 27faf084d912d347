using System.Globalization;
using System.Text.Json;
using MappingDsl.Catalog;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;

namespace MappingDsl.Engine;

/// <summary>
/// Field-level verification. Every loaded record (or, with <c>--verify sample:N</c>, a reproducible sample) is
/// transformed again from the source and read back from the target by source id, 200 keys per query, selecting exactly
/// the columns the transform wrote. Plain columns compare by value (instants as instants, date-only columns by date,
/// decimals at the column's precision, multi-select choices as sets); lookups and owners compare by the referenced
/// record's source id (or the owner's email), not its GUID; activity parties as a set of (participation, party);
/// state and status as set after the load. Memory holds one read-back batch per table; the keys seen in the pair are
/// kept in a temporary file (<see cref="ScratchKeySet"/>).
/// </summary>
internal sealed class FieldVerifier(MapCatalog catalog, IMigrationSource source, IMigrationTarget target, ILookupResolver resolver, MigrationJournal journal)
{
    private const int KeysPerRead = 200;
    private const string Annotation = "@Microsoft.Dynamics.CRM.lookuplogicalname";
    private readonly Dictionary<Guid, string> _names = [];
    private readonly Dictionary<string, IReadOnlyDictionary<string, ColumnLimit>?> _limits = new(StringComparer.Ordinal);

    // Parsed from the manifest once per run, not per pair.
    private readonly (string Column, IReadOnlySet<string> Tables)? _originalOwner = OriginalOwnerColumn.Of(catalog);

    public async Task<VerificationReport> VerifyAsync(string run, PairInfo pair, int? sampleSize, DateTimeOffset? since, ISet<string> quarantined, CancellationToken cancellationToken)
    {
        var state = new PairState();
        var transform = catalog.Transform(pair.Name);
        using var writer = new RecordWriter(new MapContext(resolver)) { OriginalOwner = _originalOwner };
        var items = sampleSize is { } size
            ? (await SampleAsync(pair, size, since, quarantined, cancellationToken).ConfigureAwait(false)).ToAsyncEnumerable()
            : source.ReadAsync(pair.Module, since, cancellationToken);
        // Every key read so far, on disk: `--verify all` reads the whole source again, and a set in memory would
        // grow with it (a million event ids held ~100 MB until the pair was verified).
        using var seen = new ScratchKeySet();
        await foreach (var item in items.ConfigureAwait(false))
        {
            // The first record read with a key is the one migrated (the duplicate policy); quarantined ones never loaded.
            if (item.Problem is not null || quarantined.Contains(item.Id) || !seen.Add(item.Id))
                continue;
            writer.Clear();
            TransformOutcome outcome;
            try
            {
                outcome = transform.Transform(item.Json.Span, writer);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                continue;
            }
            if (outcome.Status == TransformStatus.Rejected || writer.Records.Count == 0 || writer.Records.Any(r => r.Problems.Count > 0))
                continue;
            var key = outcome.SourceKey ?? item.Id;
            if (quarantined.Contains(key))
                continue;
            state.Checked++;
            foreach (var record in writer.Records)
            {
                var pending = state.Pending(record.Table);
                pending.Add(new Expected(key, record with { Body = record.Body.ToArray() }));
                if (pending.Count >= KeysPerRead)
                    await FlushAsync(state, record.Table, cancellationToken).ConfigureAwait(false);
            }
        }
        foreach (var table in state.Tables.ToList())
            await FlushAsync(state, table, cancellationToken).ConfigureAwait(false);
        return new VerificationReport(pair.Name, state.Checked, state.Checked - state.Failed.Count, state.Differences);
    }

    private async Task FlushAsync(PairState state, TableInfo table, CancellationToken cancellationToken)
    {
        var pending = state.Pending(table);
        if (pending.Count == 0)
            return;
        var columns = WrittenColumns.Of(pending.Select(p => p.Record.Body)).Select(ReadBackColumn)
            .Concat(pending.SelectMany(p => p.Record.Binds).Select(b => "_" + b.LogicalName + "_value"))
            .Concat(pending.Any(p => p.Record.State is not null) ? ["statecode", "statuscode"] : [])
            .Concat(pending.Any(p => HasParties(p.Record)) ? [table.LogicalName + "_activity_parties"] : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (!_limits.TryGetValue(table.LogicalName, out var limits))
            _limits[table.LogicalName] = limits = await target.ReadColumnLimitsAsync(table, cancellationToken).ConfigureAwait(false);
        var actual = await target.ReadBySourceIdsAsync(table, catalog.SourceIdColumn, [.. pending.Select(p => p.Key).Distinct(StringComparer.Ordinal)], columns, cancellationToken).ConfigureAwait(false);
        foreach (var (key, record) in pending)
        {
            var before = state.Differences.Count;
            if (!actual.TryGetValue(key, out var snapshot))
                state.Differences.Add(new FieldDifference(key, "(record)", "present in " + table.LogicalName, "missing"));
            else
                Compare(key, record, snapshot.Columns, limits, state.Differences);
            if (state.Differences.Count > before)
                state.Failed.Add(key);
        }
        pending.Clear();
    }

    private void Compare(string key, TargetRecord record, JsonElement actual, IReadOnlyDictionary<string, ColumnLimit>? limits, List<FieldDifference> differences)
    {
        using var document = JsonDocument.Parse(record.Body);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var name = property.Name;
            if (name.EndsWith("@odata.bind", StringComparison.Ordinal))
            {
                CompareLookup(key, record, name[..^"@odata.bind".Length], property.Value, actual, differences);
                continue;
            }
            if (name.EndsWith("_activity_parties", StringComparison.Ordinal))
            {
                var expectedParties = Parties(property.Value, "partyid_");
                var actualParties = actual.TryGetProperty(name, out var list) ? Parties(list, null) : [];
                if (!expectedParties.SetEquals(actualParties))
                    differences.Add(new FieldDifference(key, name, Text(expectedParties), Text(actualParties)));
                continue;
            }
            if (name.Contains('@', StringComparison.Ordinal) || property.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                continue;
            var found = actual.ValueKind == JsonValueKind.Object && actual.TryGetProperty(ReadBackColumn(name), out var value) ? value : default;
            var limit = limits?.GetValueOrDefault(name);
            if (!Same(property.Value, found, limit))
                differences.Add(new FieldDifference(key, name, property.Value.GetRawText(), found.ValueKind == JsonValueKind.Undefined ? "(absent)" : found.GetRawText()));
        }
        if (record.State is { } stateCode && (!actual.TryGetProperty("statecode", out var s) || s.ValueKind != JsonValueKind.Number || s.GetInt32() != stateCode))
            differences.Add(new FieldDifference(key, "statecode", stateCode.ToString(CultureInfo.InvariantCulture), s.ValueKind == JsonValueKind.Undefined ? "(absent)" : s.GetRawText()));
        if (record.Status is { } statusCode && (!actual.TryGetProperty("statuscode", out var st) || st.ValueKind != JsonValueKind.Number || st.GetInt32() != statusCode))
            differences.Add(new FieldDifference(key, "statuscode", statusCode.ToString(CultureInfo.InvariantCulture), st.ValueKind == JsonValueKind.Undefined ? "(absent)" : st.GetRawText()));
    }

    // A lookup is right when it names the same record: both sides as the referenced record's pair and source key
    // (from the journal's id map) or the owner's email, so a report reads `Companies '17'`, not a GUID.
    private void CompareLookup(string key, TargetRecord record, string navigation, JsonElement bind, JsonElement actual, List<FieldDifference> differences)
    {
        var column = navigation == "ownerid" ? "ownerid"
            : record.Binds.FirstOrDefault(b => b.Targets.Any(t => t.NavigationProperty == navigation))?.LogicalName ?? navigation;
        var expected = Reference(bind.GetString());
        var value = actual.TryGetProperty("_" + column + "_value", out var v) && v.ValueKind == JsonValueKind.String && Guid.TryParse(v.GetString(), out var g) ? g : (Guid?)null;
        var expectedName = expected is { } e ? Name(e) : "(empty)";
        var actualName = value is { } a ? Name(a) : "(empty)";
        if (expectedName != actualName)
            differences.Add(new FieldDifference(key, column, expectedName, actualName));
    }

    private string Name(Guid id)
    {
        if (!_names.TryGetValue(id, out var name))
            _names[id] = name = journal.SourceKeyOf(id) is { } known ? $"{known.Pair} '{known.SourceKey}'" : id.ToString("D");
        return name;
    }

    private HashSet<string> Parties(JsonElement list, string? bindPrefix)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (list.ValueKind != JsonValueKind.Array)
            return result;
        foreach (var party in list.EnumerateArray())
        {
            var mask = party.TryGetProperty("participationtypemask", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : -1;
            string? who = null;
            foreach (var p in party.EnumerateObject())
            {
                if (bindPrefix is not null && p.Name.StartsWith(bindPrefix, StringComparison.Ordinal) && p.Name.EndsWith("@odata.bind", StringComparison.Ordinal) && Reference(p.Value.GetString()) is { } id)
                    who = Name(id);
                else if (bindPrefix is null && p.NameEquals("_partyid_value") && Guid.TryParse(p.Value.GetString(), out var guid))
                    who = Name(guid);
            }
            who ??= party.TryGetProperty("addressused", out var address) ? "address " + address.GetString() : "(nobody)";
            result.Add(mask.ToString(CultureInfo.InvariantCulture) + ":" + who);
        }
        return result;
    }

    private static string Text(HashSet<string> parties) => string.Join("; ", parties.Order(StringComparer.Ordinal));

    private static bool HasParties(TargetRecord record) => record.Body.Span.IndexOf("_activity_parties\""u8) >= 0;

    // "/accounts(00000000-…)" → the GUID.
    private static Guid? Reference(string? bind)
    {
        if (bind is null)
            return null;
        var open = bind.LastIndexOf('(');
        return open >= 0 && bind.EndsWith(')') && Guid.TryParse(bind.AsSpan(open + 1, bind.Length - open - 2), out var id) ? id : null;
    }

    // Reservoir sampling with a fixed seed: the same records are checked every time for the same source.
    private async Task<List<SourceItem>> SampleAsync(PairInfo pair, int size, DateTimeOffset? since, ISet<string> quarantined, CancellationToken cancellationToken)
    {
        var random = new Random(20_240_601);
        var reservoir = new List<SourceItem>(size);
        long seen = 0;
        await foreach (var item in source.ReadAsync(pair.Module, since, cancellationToken).ConfigureAwait(false))
        {
            if (item.Problem is not null || quarantined.Contains(item.Id))
                continue;
            seen++;
            var copy = item with { Json = item.Json.ToArray() };
            if (reservoir.Count < size)
                reservoir.Add(copy);
            else if (random.NextInt64(seen) is var slot && slot < size)
                reservoir[(int)slot] = copy;
        }
        return reservoir;
    }

    // The platform moves an overriddencreatedon value into createdon and keeps the migration time in
    // overriddencreatedon (docs/dataverse.md, "Value rules"), so the original date is read back from createdon.
    private static string ReadBackColumn(string column) => column == "overriddencreatedon" ? "createdon" : column;

    internal static bool Same(JsonElement expected, JsonElement actual, ColumnLimit? limit)
    {
        if (actual.ValueKind == JsonValueKind.Undefined || actual.ValueKind == JsonValueKind.Null)
            return expected.ValueKind == JsonValueKind.Null;
        return expected.ValueKind switch
        {
            JsonValueKind.Number => actual.ValueKind == JsonValueKind.Number && SameNumber(expected.GetDecimal(), actual.GetDecimal(), limit?.Precision),
            JsonValueKind.String when actual.ValueKind == JsonValueKind.String => SameText(expected.GetString()!, actual.GetString()!, limit),
            _ => expected.ValueKind == actual.ValueKind && expected.GetRawText() == actual.GetRawText(),
        };
    }

    // Dataverse stores a decimal at its column's precision; the value written is right when it rounds to what is stored.
    private static bool SameNumber(decimal expected, decimal actual, int? precision) =>
        expected == actual || (precision is { } p && decimal.Round(expected, p, MidpointRounding.AwayFromZero) == actual);

    private static bool SameText(string expected, string actual, ColumnLimit? limit)
    {
        if (expected == actual)
            return true;
        // Multi-select choices come back in the org's order.
        if (limit?.Type is "Virtual" or "MultiSelectPicklist" || (IsNumberList(expected) && IsNumberList(actual)))
            return expected.Split(',').Select(x => x.Trim()).Order().SequenceEqual(actual.Split(',').Select(x => x.Trim()).Order());
        // A date-only column is compared by its date, whatever time the org appends.
        if (expected.Length == 10 && DateOnly.TryParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return actual.StartsWith(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        // An instant is the same instant in any notation ("…Z" for "+00:00"). Dataverse keeps date-times to the
        // second (docs/dataverse.md, "Value rules"), so a written fraction of a second comes back cut off.
        return DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var a)
            && DateTimeOffset.TryParse(actual, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var b)
            && (a == b || (b.Ticks % TimeSpan.TicksPerSecond == 0 && a.AddTicks(-(a.Ticks % TimeSpan.TicksPerSecond)) == b));
    }

    private static bool IsNumberList(string text) => text.Contains(',', StringComparison.Ordinal) && text.All(c => char.IsAsciiDigit(c) || c is ',' or ' ');

    private sealed record Expected(string Key, TargetRecord Record);

    private sealed class PairState
    {
        private readonly Dictionary<string, (TableInfo Table, List<Expected> Items)> _pending = new(StringComparer.Ordinal);

        public int Checked { get; set; }

        public HashSet<string> Failed { get; } = new(StringComparer.Ordinal);

        public List<FieldDifference> Differences { get; } = [];

        public IEnumerable<TableInfo> Tables => _pending.Values.Select(p => p.Table);

        public List<Expected> Pending(TableInfo table)
        {
            if (!_pending.TryGetValue(table.LogicalName, out var entry))
                _pending[table.LogicalName] = entry = (table, []);
            return entry.Items;
        }
    }
}
