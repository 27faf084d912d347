namespace MappingDsl;

/// <summary>
/// One Dataverse record a transform produced: its JSON body (ready for create, upsert or a bulk action), and what
/// must happen after it lands (state change, second-pass lookups).
/// </summary>
/// <param name="Pair">The pair that produced it.</param>
/// <param name="Table">The target table.</param>
/// <param name="SourceKey">The source record's key, written to the source-id column.</param>
/// <param name="Body">The JSON object, UTF-8.</param>
/// <remarks>
/// A <see cref="RecordWriter"/> reuses its records after <see cref="RecordWriter.Clear"/> (as it reuses the buffer
/// their bodies point into), so a record costs no allocation per source record; whoever keeps one past the next
/// <c>Clear</c> copies it (<c>record with { Body = record.Body.ToArray() }</c>), as the loader does. The lists it
/// holds are never reused and may be kept.
/// </remarks>
public sealed record TargetRecord(string Pair, TableInfo Table, string SourceKey, ReadOnlyMemory<byte> Body)
{
    // Explicit fields so the writer can refill a record it handed out before its last Clear (Reuse).
    private string _pair = Pair;
    private TableInfo _table = Table;
    private string _sourceKey = SourceKey;
    private ReadOnlyMemory<byte> _body = Body;
    private int? _state;
    private int? _status;
    private IReadOnlyList<LookupColumn> _binds = [];
    private IReadOnlyList<DeferredLookup> _deferred = [];
    private IReadOnlyList<string> _problems = [];
    private IReadOnlyList<string> _flags = [];

    /// <summary>The pair that produced it.</summary>
    public string Pair { get => _pair; init => _pair = value; }

    /// <summary>The target table.</summary>
    public TableInfo Table { get => _table; init => _table = value; }

    /// <summary>The source record's key, written to the source-id column.</summary>
    public string SourceKey { get => _sourceKey; init => _sourceKey = value; }

    /// <summary>The JSON object, UTF-8.</summary>
    public ReadOnlyMemory<byte> Body { get => _body; init => _body = value; }

    /// <summary>The <c>statecode</c> to set after create (closed tasks, won deals), or null.</summary>
    public int? State { get => _state; init => _state = value; }

    /// <summary>The <c>statuscode</c> to set with <see cref="State"/>, or null for the state's default.</summary>
    public int? Status { get => _status; init => _status = value; }

    /// <summary>
    /// The lookups the body binds (<c>nav@odata.bind</c>), owner included, so a rollback can read and restore what
    /// they pointed to before.
    /// </summary>
    public IReadOnlyList<LookupColumn> Binds { get => _binds; init => _binds = value; }

    /// <summary>Lookups written by a second-pass update once the phase has loaded.</summary>
    public IReadOnlyList<DeferredLookup> Deferred { get => _deferred; init => _deferred = value; }

    /// <summary>Reasons the record cannot load (unresolved lookups or owners); empty when it can.</summary>
    public IReadOnlyList<string> Problems { get => _problems; init => _problems = value; }

    /// <summary>Review flags the map raised; the record loads and the flags are reported.</summary>
    public IReadOnlyList<string> Flags { get => _flags; init => _flags = value; }

    // The writer's refill of a record it handed out before its last Clear: every field, as a new record would have.
    internal void Reuse(string pair, TableInfo table, string sourceKey, ReadOnlyMemory<byte> body, int? state, int? status,
        IReadOnlyList<LookupColumn> binds, IReadOnlyList<DeferredLookup> deferred, IReadOnlyList<string> problems, IReadOnlyList<string> flags)
    {
        _pair = pair;
        _table = table;
        _sourceKey = sourceKey;
        _body = body;
        _state = state;
        _status = status;
        _binds = binds;
        _deferred = deferred;
        _problems = problems;
        _flags = flags;
    }
}

/// <summary>A lookup to write after its phase has loaded.</summary>
/// <param name="Column">The lookup column.</param>
/// <param name="Reference">What it points to.</param>
public sealed record DeferredLookup(LookupColumn Column, LookupRef Reference);
