using MappingDsl.Cli.Hosting;
using MappingDsl.Engine.Journal;

namespace MappingDsl.Cli.Commands;

/// <summary>Opens the journal a command names and finds the addresses its last run used.</summary>
internal static class JournalRuns
{
    public static MigrationJournal Open(string path)
    {
        if (!File.Exists(path))
            throw new UsageException($"--journal: '{path}' does not exist");
        return MigrationJournal.Open(path);
    }

    public static RunInfo Latest(MigrationJournal journal, string? runId)
    {
        var runs = journal.Runs().Where(r => r.Kind != "check").ToList();
        return (runId is null ? runs.LastOrDefault() : runs.FirstOrDefault(r => r.Id == runId))
            ?? throw new UsageException(runId is null ? "the journal holds no migrate or delta run" : $"the journal has no run '{runId}'");
    }
}
