using System.Diagnostics;

namespace MappingDsl.Benchmarks;

/// <summary>
/// This process's working set sampled every 100 ms until disposed, keeping the highest seen: a peak read at the end
/// alone would miss what a garbage collection gave back in between.
/// </summary>
internal sealed class PeakWorkingSet : IAsyncDisposable
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peak;

    public PeakWorkingSet()
    {
        _sampler = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                _process.Refresh();
                Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), _process.WorkingSet64));
                await Task.Delay(100).ConfigureAwait(false);
            }
        });
    }

    /// <summary>The highest working set sampled so far, in bytes.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    /// <summary>Stops sampling and returns the peak, in bytes.</summary>
    public async Task<long> StopAsync()
    {
        if (!_stop.IsCancellationRequested)
            await _stop.CancelAsync().ConfigureAwait(false);
        await _sampler.ConfigureAwait(false);
        return Peak;
    }

    /// <summary>Stops sampling if still running.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stop.Dispose();
        _process.Dispose();
    }
}
