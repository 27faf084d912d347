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

    /// <summary>
    /// Whether <see cref="TryResolveOwner"/> answers with the fallback owner for this email, so the writer keeps the
    /// original owner's email on the record.
    /// </summary>
    /// <param name="email">The owner's email; null for a record naming none.</param>
    bool IsFallbackOwner(string? email) => false;

    /// <summary>Finds the record a pair made whose primary email (<c>emailaddress1</c>) is <paramref name="email"/>.</summary>
    /// <param name="pair">The pair's name.</param>
    /// <param name="email">The address, compared ignoring case.</param>
    /// <param name="record">The Dataverse record.</param>
    bool TryResolveEmail(string pair, string email, out RecordId record)
    {
        _ = pair;
        _ = email;
        record = default;
        return false;
    }

    /// <summary>Finds the Dataverse user with this email itself (aliases applied), never the fallback owner.</summary>
    /// <param name="email">The address.</param>
    /// <param name="user">The user.</param>
    bool TryResolveUser(string email, out RecordId user) =>
        TryResolveOwner(email, out user) && !IsFallbackOwner(email);
}
