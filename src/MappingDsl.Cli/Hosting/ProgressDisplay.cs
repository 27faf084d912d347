using System.Collections.Concurrent;
using System.Globalization;
using MappingDsl.Engine;
using Spectre.Console;

namespace MappingDsl.Cli.Hosting;

/// <summary>A Spectre progress line per pair while a run moves records; nothing when output is not a terminal.</summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(CliOutput cli, Func<IProgress<MigrationProgress>?, Task<T>> work)
    {
        if (!cli.Interactive)
            return await work(null).ConfigureAwait(false);
        return await cli.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var lines = new ConcurrentDictionary<(int, string), ProgressTask>();
                var progress = new Reporter(notice =>
                {
                    var name = notice.Pair.Length == 0 ? $"phase {notice.Phase}" : $"phase {notice.Phase} {notice.Pair}";
                    var line = lines.GetOrAdd((notice.Phase, notice.Pair), _ => context.AddTask(name).IsIndeterminate());
                    line.Description = string.Create(CultureInfo.InvariantCulture, $"{name}: {notice.Stage} {(notice.Processed > 0 ? notice.Processed.ToString("N0", CultureInfo.InvariantCulture) : "")}");
                    if (notice.Stage == "done")
                        line.StopTask();
                });
                var result = await work(progress).ConfigureAwait(false);
                foreach (var line in lines.Values)
                    line.StopTask();
                return result;
            }).ConfigureAwait(false);
    }

    // Inline rather than Progress<T>: Spectre's tasks are thread-safe and the notice should show without a post.
    private sealed class Reporter(Action<MigrationProgress> report) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => report(value);
    }
}
