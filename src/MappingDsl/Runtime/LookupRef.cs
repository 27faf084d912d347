namespace MappingDsl;

/// <summary>
/// A reference from one migrated record to another, by the source key of a record some pair produced. Made by
/// <see cref="MapContext.Ref(Delegate, string?, string)"/>; resolved to a Dataverse id at load time through the journal's id map.
/// </summary>
/// <param name="Pair">The pair that produced the referenced record.</param>
/// <param name="Key">The referenced record's source key; null writes no lookup.</param>
/// <param name="Deferred">True when the lookup is written in a second pass (self-references and cycles).</param>
public readonly record struct LookupRef(string Pair, string? Key, bool Deferred = false);
