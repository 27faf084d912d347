using Microsoft.Data.Sqlite;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>
/// Reads the child's journal while it runs: records landed so far (the per-pair checkpoints it commits with each
/// batch) and the pair being loaded. The journal is in WAL mode, so these short reads never block its writer.
/// </summary>
internal sealed class JournalProgress(string path) : IDisposable
{
    private SqliteConnection? _connection;

    /// <summary>Source records loaded so far and the first unfinished pair ("" before loading starts).</summary>
    public (long Loaded, string Pair) Read()
    {
        try
        {
            var connection = Open();
            if (connection is null)
                return (0, "");
            using var sum = connection.CreateCommand();
            sum.CommandText = "SELECT COALESCE(SUM(loaded), 0) FROM progress";
            var loaded = Convert.ToInt64(sum.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            using var pair = connection.CreateCommand();
            pair.CommandText = "SELECT pair FROM progress WHERE done = 0 ORDER BY phase LIMIT 1";
            return (loaded, pair.ExecuteScalar() as string ?? "");
        }
        catch (SqliteException)
        {
            // The child has not created its tables yet (or holds a lock for a moment): nothing to report this tick.
            return (0, "");
        }
    }

    public void Dispose() => _connection?.Dispose();

    private SqliteConnection? Open()
    {
        if (_connection is not null)
            return _connection;
        if (!File.Exists(path))
            return null;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 5,
        }.ToString());
        connection.Open();
        return _connection = connection;
    }
}
