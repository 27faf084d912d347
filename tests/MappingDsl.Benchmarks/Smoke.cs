using MappingDsl.Dataverse.Benchmarks;

namespace MappingDsl.Benchmarks;

/// <summary>
/// Every scenario of this benchmark once on tiny inputs, with the checks each scenario makes of its own run (nothing
/// lost or duplicated, every event read, every key paged): what CI runs (tests/MappingDsl.Benchmarks.Tests), so a
/// scenario that no longer runs fails the build. The full runs stay manual (docs/performance.md).
/// </summary>
public static class Smoke
{
    /// <summary>The scenarios by name, each with the tiny arguments of its smoke run.</summary>
    public static IReadOnlyDictionary<string, string[]> Scenarios { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // 200 contacts, fixed settings fed for 1 s, limits at 1 % (3 s window).
        ["loader"] = ["200", "1", "0.01"],
        // About 300 Salesmate records through a real mapdsl child. migrate-iterable is left out: its smallest run
        // (200 events) still spends about 50 s in the Iterable emulator's rate limits (2 700 calls, 600 answered 429);
        // it shares this scenario's child harness (MapdslChild, JournalProgress, StallWatch, MigrationTable).
        ["migrate"] = ["300"],
        ["iterable-events"] = ["2000"],
        // Two pages of 5 000.
        ["page-keys"] = ["5100"],
        // 1, 2 and 4 users, 2 000 contacts each run; exit 1 if a record is lost, duplicated or failed.
        ["users"] = ["2000"],
        // 2 000 rows; exit 1 if the two parsers read different cells.
        ["csv"] = ["2000"],
        // 2 000 profiles; exit 1 if a profile is neither yielded nor recorded as merged.
        ["dedupe"] = ["2000"],
    };

    /// <summary>Runs one scenario with its smoke arguments; returns its exit code (0 when its own checks pass).</summary>
    /// <param name="name">A key of <see cref="Scenarios"/>.</param>
    public static Task<int> RunAsync(string name)
    {
        var args = Scenarios[name];
        return name switch
        {
            "loader" => LoaderComparison.RunAsync(args),
            "migrate" => MigrationScenario.RunAsync(args),
            "iterable-events" => EventStreamScenario.RunAsync(args),
            "page-keys" => KeyPagingScenario.RunAsync(args),
            "users" => UsersScenario.RunAsync(args),
            "csv" => CsvParseScenario.RunAsync(args),
            "dedupe" => DedupeScenario.RunAsync(args),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such scenario"),
        };
    }

    /// <summary>Runs every scenario; returns 0 when all pass.</summary>
    /// <param name="log">Where each scenario's verdict is written.</param>
    public static async Task<int> RunAsync(TextWriter log)
    {
        var failed = 0;
        foreach (var name in Scenarios.Keys)
        {
            var code = await RunAsync(name);
            await log.WriteLineAsync($"smoke {name}: {(code == 0 ? "passed" : "FAILED (exit " + code + ")")}");
            failed += code == 0 ? 0 : 1;
        }
        return failed == 0 ? 0 : 1;
    }
}
