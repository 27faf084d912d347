namespace MappingDsl;

/// <summary>
/// Resolves what a map names by source key or email to Dataverse records. The engine implements it over the
/// journal's id map and the owner reconciliation; tests use <see cref="InMemoryLookupResolver"/>.
/// </summary>
public interface ILookupResolver
{
    /// <summary>Finds the record a pair made from a source key.</summary>
    /// <param name="pair">The pair's name.</param>
    /// <param name="sourceKey">The source record's key.</param>
    /// <param name="record">The Dataverse record.</param>
    bool TryResolve(string pair, string sourceKey, out RecordId record);

    /// <summary>Finds the Dataverse user (or fallback team) for a source owner's email.</summary>
    /// <param name="email">The owner's email; null asks for the pack's fallback owner.</param>
    /// <param name="owner">The user or team.</param>
    bool TryResolveOwner(string? email, out RecordId owner);
}
