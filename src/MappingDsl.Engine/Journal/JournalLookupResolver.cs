using Microsoft.Data.Sqlite;

namespace MappingDsl.Engine.Journal;

/// <summary>
/// The engine's <see cref="ILookupResolver"/>: lookups read the journal's id map through a connection of their own
/// (WAL lets it read while the loader commits); owners come from the reconciliation, with the run's fallback.
/// </summary>
internal sealed class JournalLookupResolver : ILookupResolver, IDisposable
{
    private readonly SqliteConnection _db;
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _findEmail;
    private readonly Dictionary<string, RecordId> _owners;
    private readonly RecordId? _fallback;

    public JournalLookupResolver(MigrationJournal journal, IEnumerable<OwnerEntry> owners, RecordId? fallback)
    {
        _db = MigrationJournal.Connect(journal.Path, SqliteOpenMode.ReadOnly);
        _find = _db.CreateCommand();
        _find.CommandText = "SELECT tbl, entity_set, id FROM idmap WHERE pair=$pair AND source_key=$key";
        _find.Parameters.Add("$pair", SqliteType.Text);
        _find.Parameters.Add("$key", SqliteType.Text);
        _findEmail = _db.CreateCommand();
        _findEmail.CommandText = "SELECT tbl, entity_set, id FROM party_emails WHERE pair=$pair AND email=$email";
        _findEmail.Parameters.Add("$pair", SqliteType.Text);
        _findEmail.Parameters.Add("$email", SqliteType.Text);
        _owners = owners
            .Where(o => o is { IsAssignable: true, UserId: not null })
            .ToDictionary(o => o.Email, o => new RecordId("systemuser", "systemusers", o.UserId!.Value), StringComparer.OrdinalIgnoreCase);
        _fallback = fallback;
    }

    public bool TryResolve(string pair, string sourceKey, out RecordId record)
    {
        _find.Parameters[0].Value = pair;
        _find.Parameters[1].Value = sourceKey;
        using var reader = _find.ExecuteReader();
        if (reader.Read())
        {
            record = new RecordId(reader.GetString(0), reader.GetString(1), Guid.Parse(reader.GetString(2)));
            return true;
        }
        record = default;
        return false;
    }

    public bool TryResolveOwner(string? email, out RecordId owner)
    {
        if (email is not null && _owners.TryGetValue(email, out owner))
            return true;
        owner = _fallback.GetValueOrDefault();
        return _fallback is not null;
    }

    public bool TryResolveEmail(string pair, string email, out RecordId record)
    {
        _findEmail.Parameters[0].Value = pair;
        _findEmail.Parameters[1].Value = email;
        using var reader = _findEmail.ExecuteReader();
        if (reader.Read())
        {
            record = new RecordId(reader.GetString(0), reader.GetString(1), Guid.Parse(reader.GetString(2)));
            return true;
        }
        record = default;
        return false;
    }

    public bool IsFallbackOwner(string? email) =>
        _fallback is not null && (email is null || !_owners.ContainsKey(email));

    public void Dispose()
    {
        _find.Dispose();
        _findEmail.Dispose();
        _db.Dispose();
    }
}
