using System.Diagnostics;

namespace MappingDsl.EndToEnd.Tests;

// A `mapdsl` child process whose output is drained from the start: a long run that nobody reads would fill the pipe
// and stall, which a crash test would then mistake for a hang.
internal sealed class MapdslRun : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private MapdslRun(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public bool HasExited => _process.HasExited;

    public static MapdslRun Start(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        new(MapdslProcess.Start(environment, args));

    // SIGKILL, the way an operator's crash or an OOM kill ends a run: no handler gets to run. False when the run had
    // already ended by itself, so nothing was interrupted.
    public async Task<bool> KillAsync()
    {
        var running = !_process.HasExited;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().ConfigureAwait(false);
        return running;
    }

    // Waits for the run to end by itself; a run still going after the limit is killed and reported as a hang.
    public async Task<(int ExitCode, string Output, string Error)> CompleteAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await KillAsync().ConfigureAwait(false);
            throw new TimeoutException($"mapdsl did not finish within {limit}: {await _error.ConfigureAwait(false)}");
        }
        return (_process.ExitCode, await _output.ConfigureAwait(false), await _error.ConfigureAwait(false));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
