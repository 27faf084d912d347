using System.Buffers;
using System.Text.Json;

namespace MappingDsl;

/// <summary>
/// The buffer generated transforms write Dataverse JSON into: one reusable <see cref="Utf8JsonWriter"/> over one
/// growing buffer, so a record costs its bytes, not a serializer pass; the <see cref="TargetRecord"/>s are reused
/// after <see cref="Clear"/> too, so writing a record allocates nothing of its own.
/// Lookups, owners and activity parties are resolved here through the context's <see cref="ILookupResolver"/>.
/// </summary>
public sealed class RecordWriter : IDisposable
{
    private static readonly JsonEncodedText ParticipationTypeMask = JsonEncodedText.Encode("participationtypemask");
    private static readonly JsonEncodedText AddressUsed = JsonEncodedText.Encode("addressused");
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonEncodedText> PartyBind = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonEncodedText> PartyArray = new(StringComparer.Ordinal);
    // Distinct bind lists kept for reuse; a pair writes a handful (one per branch and set of resolved lookups).
    private const int BindListsKept = 32;

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;
    private readonly List<TargetRecord> _records = [];
    // Records handed out before the last Clear, refilled instead of allocated (TargetRecord's remarks).
    private readonly List<TargetRecord> _reusable = [];
    private readonly List<IReadOnlyList<LookupColumn>> _bindLists = [];
    private readonly List<(InventoryRow Row, string SourceKey)> _inventory = [];
    private readonly List<string> _problems = [];
    private readonly List<DeferredLookup> _deferred = [];
    private readonly List<(PartyRef Party, int Mask)> _parties = [];
    private readonly List<LookupColumn> _binds = [];
    // A reference that landed in a table its column cannot hold, and the references this record did bind: a record
    // may point at a split pair through one column per branch (ib_contactid, ib_leadid), and only a reference that no
    // column could hold is worth a review flag.
    private readonly List<(string Pair, string Key, string Flag)> _misplaced = [];
    private readonly HashSet<(string Pair, string Key)> _placed = [];
    private char[] _choiceText = new char[64];
    private readonly HashSet<int> _choiceValues = [];

    private string _pair = "";
    private TableInfo? _table;
    private string _sourceKey = "";
    private int _start;
    private int? _state;
    private int? _status;

    /// <summary>Creates a writer.</summary>
    /// <param name="context">The context maps receive; its resolver resolves lookups.</param>
    public RecordWriter(MapContext context)
    {
        Context = context;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>The context maps receive.</summary>
    public MapContext Context { get; }

    /// <summary>
    /// The column (<c>{publisher}_originalowner</c>) that keeps the source owner's email when the fallback owner takes
    /// the record, and the tables the pack's manifest provisions it on; null writes nothing.
    /// </summary>
    public (string Column, IReadOnlySet<string> Tables)? OriginalOwner
    {
        get => _originalOwner is { } o ? (o.Column.ToString(), o.Tables) : null;
        init => _originalOwner = value is { } v ? (JsonEncodedText.Encode(v.Column), v.Tables) : null;
    }

    private readonly (JsonEncodedText Column, IReadOnlySet<string> Tables)? _originalOwner;

    /// <summary>The JSON writer positioned inside the current record's object.</summary>
    public Utf8JsonWriter Json => _json;

    /// <summary>The records written since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<TargetRecord> Records => _records;

    /// <summary>The inventory rows written since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<(InventoryRow Row, string SourceKey)> Inventory => _inventory;

    /// <summary>
    /// Forgets every record; neither they nor their bodies may be used afterwards (the writer reuses both: copy a
    /// record with <c>record with { Body = record.Body.ToArray() }</c> to keep it).
    /// </summary>
    public void Clear()
    {
        _records.Clear();
        _inventory.Clear();
        _buffer.Clear();
    }

    /// <summary>Starts a record: opens its JSON object and writes the source-id column.</summary>
    /// <param name="pair">The pair writing it.</param>
    /// <param name="table">The target table.</param>
    /// <param name="sourceIdColumn">The pack's source-id column.</param>
    /// <param name="sourceKey">The source record's key.</param>
    public void Begin(string pair, TableInfo table, JsonEncodedText sourceIdColumn, string sourceKey)
    {
        _pair = pair;
        _table = table;
        _sourceKey = sourceKey;
        _state = null;
        _status = null;
        _problems.Clear();
        _deferred.Clear();
        _parties.Clear();
        _binds.Clear();
        _misplaced.Clear();
        _placed.Clear();
        _json.Reset(_buffer);
        _start = _buffer.WrittenCount;
        _json.WriteStartObject();
        _json.WriteString(sourceIdColumn, SourceIdText.Encode(sourceKey));
    }

    /// <summary>Writes a lookup as <c>nav@odata.bind</c>, or queues it for the second pass when deferred.</summary>
    /// <param name="column">The lookup column.</param>
    /// <param name="value">What it points to; null or a null key writes nothing.</param>
    public void Lookup(LookupColumn column, LookupRef? value)
    {
        if (value is not { Key: { } key } reference)
            return;
        if (reference.Deferred)
        {
            _deferred.Add(new DeferredLookup(column, reference));
            return;
        }
        if (!Context.Resolver.TryResolve(reference.Pair, key, out var target))
        {
            _problems.Add($"{column.LogicalName}: {reference.Pair} '{key}' has no migrated record");
            return;
        }
        if (column.TargetFor(target.Table) is not { } lookupTarget)
        {
            // A split can land the referenced record in a table this column cannot hold (a deal's contact that
            // became a lead): the record still loads, without that lookup, and the report says so.
            _misplaced.Add((reference.Pair, key, $"{column.LogicalName} not set: {reference.Pair} '{key}' is a {target.Table}, which the column cannot point to"));
            return;
        }
        _json.WritePropertyName(lookupTarget.BindProperty);
        WriteReference(target);
        _binds.Add(column);
        _placed.Add((reference.Pair, key));
    }

    /// <summary>
    /// Writes the owner through the navigation property the table's metadata declares for the owner's table
    /// (<c>ownerid</c> on an account, <c>ownerid_task</c> on a task); an owner with no Dataverse user is a problem.
    /// </summary>
    /// <param name="column">The table's owner column, with its navigation property per target (systemuser, team).</param>
    /// <param name="owner">The owner.</param>
    public void Owner(LookupColumn column, OwnerRef? owner)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (owner is null)
            return;
        var email = owner.Value.Email;
        if (!Context.Resolver.TryResolveOwner(email, out var user))
        {
            _problems.Add($"owner '{email}' has no Dataverse user (queued for reconciliation)");
            return;
        }
        if (column.TargetFor(user.Table) is not { } target)
        {
            _problems.Add($"{column.LogicalName}: owner '{email}' is a {user.Table}, which the column cannot point to");
            return;
        }
        _json.WritePropertyName(target.BindProperty);
        WriteReference(user);
        _binds.Add(column);
        if (_originalOwner is { } original && original.Tables.Contains(_table!.LogicalName) && Context.Resolver.IsFallbackOwner(email))
            _json.WriteString(original.Column, email ?? "");
    }

    /// <summary>Adds activity parties for one party-list column; they are written together when the record ends.</summary>
    /// <param name="participationTypeMask">The column's participation type (5 required attendee, 2 to, …).</param>
    /// <param name="parties">The parties.</param>
    public void Parties(int participationTypeMask, IReadOnlyList<PartyRef>? parties)
    {
        if (parties is null)
            return;
        for (var i = 0; i < parties.Count; i++)
            _parties.Add((parties[i], participationTypeMask));
    }

    /// <summary>
    /// Writes a multi-select choice from labels through the option values discovery fixed. A label with no option (it
    /// appeared after discovery) is left out of the column and flagged for review, never a reason to reject the record.
    /// </summary>
    /// <param name="name">The column's encoded logical name.</param>
    /// <param name="column">The column's logical name, for the flag.</param>
    /// <param name="options">Option value by label.</param>
    /// <param name="labels">The labels; null writes null.</param>
    public void Choices(JsonEncodedText name, string column, IReadOnlyDictionary<string, int> options, IReadOnlyList<string>? labels)
    {
        if (labels is null)
        {
            _json.WriteNull(name);
            return;
        }
        // Reused across records: a choice column costs no allocation (the values are formatted into one char buffer).
        var length = 0;
        _choiceValues.Clear();
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            if (options.TryGetValue(label, out var value))
            {
                if (!_choiceValues.Add(value))
                    continue;
                if (_choiceText.Length - length < 12)
                    Array.Resize(ref _choiceText, _choiceText.Length * 2);
                if (length > 0)
                    _choiceText[length++] = ',';
                value.TryFormat(_choiceText.AsSpan(length), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
                length += written;
            }
            else
                Context.Flag($"{column}: '{label}' is not one of its options (it appeared after discovery); run discover and provision again to add it");
        }
        if (length == 0)
            _json.WriteNull(name);
        else
            _json.WriteString(name, _choiceText.AsSpan(0, length));
    }

    /// <summary>Asks for a state change after create (a closed task, a won deal).</summary>
    /// <param name="state">The <c>statecode</c>; null leaves the record open.</param>
    /// <param name="status">The <c>statuscode</c>, or null for the state's default.</param>
    public void SetState(int? state, int? status)
    {
        _state = state;
        _status = state is null ? null : status;
    }

    /// <summary>Closes the record's JSON object and adds it to <see cref="Records"/>.</summary>
    public void End()
    {
        if (_parties.Count > 0)
            WriteParties();
        foreach (var (pair, key, flag) in _misplaced)
        {
            if (!_placed.Contains((pair, key)))
                Context.Flag(flag);
        }
        _json.WriteEndObject();
        _json.Flush();
        var body = _buffer.WrittenMemory[_start.._buffer.WrittenCount];
        IReadOnlyList<DeferredLookup> deferred = _deferred.Count == 0 ? [] : [.. _deferred];
        IReadOnlyList<string> problems = _problems.Count == 0 ? [] : [.. _problems];
        IReadOnlyList<string> flags = Context.Flags.Count == 0 ? [] : [.. Context.Flags];
        if (_records.Count < _reusable.Count)
        {
            var record = _reusable[_records.Count];
            record.Reuse(_pair, _table!, _sourceKey, body, _state, _status, BindList(), deferred, problems, flags);
            _records.Add(record);
            return;
        }
        var created = new TargetRecord(_pair, _table!, _sourceKey, body)
        {
            State = _state,
            Status = _status,
            Deferred = deferred,
            Binds = BindList(),
            Problems = problems,
            Flags = flags,
        };
        _reusable.Add(created);
        _records.Add(created);
    }

    // The record's binds as a read-only list shared by every record that binds the same columns in the same order:
    // the list is never changed, so records (and the loader's copies) may hold the same one.
    private IReadOnlyList<LookupColumn> BindList()
    {
        if (_binds.Count == 0)
            return [];
        foreach (var kept in _bindLists)
        {
            if (kept.Count != _binds.Count)
                continue;
            var same = true;
            for (var i = 0; i < kept.Count && same; i++)
                same = ReferenceEquals(kept[i], _binds[i]);
            if (same)
                return kept;
        }
        var list = Array.AsReadOnly(_binds.ToArray());
        if (_bindLists.Count < BindListsKept)
            _bindLists.Add(list);
        return list;
    }

    /// <summary>Adds an inventory row (documentation-only pairs).</summary>
    /// <param name="row">The row.</param>
    /// <param name="sourceKey">The source record's key.</param>
    public void AddInventory(InventoryRow row, string sourceKey) => _inventory.Add((row, sourceKey));

    /// <inheritdoc />
    public void Dispose() => _json.Dispose();

    private void WriteParties()
    {
        _json.WriteStartArray(PartyArray.GetOrAdd(_table!.LogicalName, static table => JsonEncodedText.Encode(table + "_activity_parties")));
        foreach (var (party, mask) in _parties)
        {
            _json.WriteStartObject();
            if (TryResolveParty(party, out var record))
            {
                _json.WritePropertyName(PartyBind.GetOrAdd(record.Table, static table => JsonEncodedText.Encode("partyid_" + table + "@odata.bind")));
                WriteReference(record);
            }
            if (party.Email is { } email)
                _json.WriteString(AddressUsed, email);
            _json.WriteNumber(ParticipationTypeMask, mask);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    private bool TryResolveParty(PartyRef party, out RecordId record)
    {
        if (party.ByEmail)
        {
            if (party.Email is { Length: > 0 } address)
            {
                if ((party.Pair is { } searched && Context.Resolver.TryResolveEmail(searched, address, out record))
                    || Context.Resolver.TryResolveUser(address, out record))
                {
                    return true;
                }
                Context.Flag($"party address '{address}' matches no migrated record or user; kept as a bare address");
            }
            record = default;
            return false;
        }
        if (party.IsUser)
            return Context.Resolver.TryResolveOwner(party.Email, out record) && party.Email is not null;
        if (party.Pair is { } pair && party.Key is { } key)
            return Context.Resolver.TryResolve(pair, key, out record);
        record = default;
        return false;
    }

    // "/accounts(00000000-…)" without an intermediate string: the set name, then the formatted Guid.
    private void WriteReference(RecordId target)
    {
        Span<char> text = stackalloc char[target.EntitySet.Length + 39];
        text[0] = '/';
        target.EntitySet.AsSpan().CopyTo(text[1..]);
        var at = target.EntitySet.Length + 1;
        text[at++] = '(';
        target.Id.TryFormat(text[at..], out var written, "D");
        at += written;
        text[at++] = ')';
        _json.WriteStringValue(text[..at]);
    }
}
