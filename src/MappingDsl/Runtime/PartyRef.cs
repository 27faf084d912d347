namespace MappingDsl;

/// <summary>
/// One activity party (an attendee, sender or recipient): a migrated record, a Dataverse user by email, or a bare
/// email address when neither resolves. The column it is written to decides its participation type.
/// </summary>
/// <param name="Pair">The pair that produced the party's record, or null for a user or bare address.</param>
/// <param name="Key">The party record's source key.</param>
/// <param name="Email">The address used; also the key for users.</param>
/// <param name="IsUser">True when <paramref name="Email"/> names a Dataverse user.</param>
/// <param name="ByEmail">
/// True when the party is found by <paramref name="Email"/>: a record <paramref name="Pair"/> made with that
/// primary email, else a Dataverse user, else a bare address flagged on the record.
/// </param>
public readonly record struct PartyRef(string? Pair, string? Key, string? Email, bool IsUser = false, bool ByEmail = false)
{
    /// <summary>A party known only by its email address (<c>addressused</c>).</summary>
    public static PartyRef Address(string email) => new(null, null, email);
}
