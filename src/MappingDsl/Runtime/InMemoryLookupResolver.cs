namespace MappingDsl;

/// <summary>A resolver over dictionaries, for tests, dry runs and small tools.</summary>
public sealed class InMemoryLookupResolver : ILookupResolver
{
    private readonly Dictionary<(string Pair, string Key), RecordId> _records = [];
    private readonly Dictionary<string, RecordId> _owners = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Pair, string Email), RecordId> _emails = new(new PairEmailComparer());

    /// <summary>The owner used when a record names none; null means such records are left to the caller's default.</summary>
    public RecordId? FallbackOwner { get; set; }

    /// <summary>Remembers the record a pair made from a source key.</summary>
    /// <param name="pair">The pair's name.</param>
    /// <param name="sourceKey">The source key.</param>
    /// <param name="record">The Dataverse record.</param>
    public void Add(string pair, string sourceKey, RecordId record) => _records[(pair, sourceKey)] = record;

    /// <summary>Remembers the user for an owner email.</summary>
    /// <param name="email">The owner's email.</param>
    /// <param name="user">The Dataverse user.</param>
    public void AddOwner(string email, RecordId user) => _owners[email] = user;

    /// <summary>Remembers the record a pair made whose primary email is <paramref name="email"/>.</summary>
    /// <param name="pair">The pair's name.</param>
    /// <param name="email">The record's primary email.</param>
    /// <param name="record">The Dataverse record.</param>
    public void AddEmail(string pair, string email, RecordId record) => _emails[(pair, email)] = record;

    /// <inheritdoc />
    public bool TryResolveEmail(string pair, string email, out RecordId record) =>
        _emails.TryGetValue((pair, email), out record);

    /// <inheritdoc />
    public bool IsFallbackOwner(string? email) =>
        FallbackOwner is not null && (email is null || !_owners.ContainsKey(email));

    /// <inheritdoc />
    public bool TryResolve(string pair, string sourceKey, out RecordId record) =>
        _records.TryGetValue((pair, sourceKey), out record);

    /// <inheritdoc />
    public bool TryResolveOwner(string? email, out RecordId owner)
    {
        if (email is not null && _owners.TryGetValue(email, out owner))
            return true;
        owner = FallbackOwner.GetValueOrDefault();
        return FallbackOwner is not null;
    }

    // Pair names compare exactly, addresses ignoring case, as the journal's party_emails table does.
    private sealed class PairEmailComparer : IEqualityComparer<(string Pair, string Email)>
    {
        public bool Equals((string Pair, string Email) x, (string Pair, string Email) y) =>
            string.Equals(x.Pair, y.Pair, StringComparison.Ordinal) && string.Equals(x.Email, y.Email, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Pair, string Email) obj) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Pair), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Email));
    }
}
