namespace MappingDsl;

/// <summary>
/// One Dataverse record a transform produced: its JSON body (ready for create, upsert or a bulk action), and what
/// must happen after it lands (state change, second-pass lookups).
/// </summary>
/// <param name="Pair">The pair that produced it.</param>
/// <param name="Table">The target table.</param>
/// <param name="SourceKey">The source record's key, written to the source-id column.</param>
/// <param name="Body">The JSON object, UTF-8.</param>
public sealed record TargetRecord(string Pair, TableInfo Table, string SourceKey, ReadOnlyMemory<byte> Body)
{
    /// <summary>The <c>statecode</c> to set after create (closed tasks, won deals), or null.</summary>
    public int? State { get; init; }

    /// <summary>The <c>statuscode</c> to set with <see cref="State"/>, or null for the state's default.</summary>
    public int? Status { get; init; }

    /// <summary>
    /// The lookups the body binds (<c>nav@odata.bind</c>), owner included, so a rollback can read and restore what
    /// they pointed to before.
    /// </summary>
    public IReadOnlyList<LookupColumn> Binds { get; init; } = [];

    /// <summary>Lookups written by a second-pass update once the phase has loaded.</summary>
    public IReadOnlyList<DeferredLookup> Deferred { get; init; } = [];

    /// <summary>Reasons the record cannot load (unresolved lookups or owners); empty when it can.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Review flags the map raised; the record loads and the flags are reported.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}

/// <summary>A lookup to write after its phase has loaded.</summary>
/// <param name="Column">The lookup column.</param>
/// <param name="Reference">What it points to.</param>
public sealed record DeferredLookup(LookupColumn Column, LookupRef Reference);
