using System.Runtime.InteropServices;

namespace MappingDsl.Cli.Hosting;

/// <summary>
/// Keeps glibc's malloc from holding memory mapdsl has freed. glibc gives threads that allocate at the same time arenas
/// of their own (up to eight per core) and keeps the memory freed in each; SQLite allocates its page caches and
/// statement memory on whichever thread-pool thread runs a journal statement, so a long run with batches in flight held
/// a cache's worth in every arena (measured on a 10 M-record run: nine arenas, about 80 MB of mapdsl's working set;
/// docs/performance.md). So the arenas are capped at two for threads started from now on, and every few seconds
/// <c>malloc_trim</c> hands the free pages of every arena back to the system.
/// </summary>
internal sealed class NativeHeap : IDisposable
{
    // M_ARENA_MAX in glibc's malloc.h.
    private const int ArenaMax = -8;

    private static readonly TimeSpan TrimEvery = TimeSpan.FromSeconds(5);

    private readonly Timer? _trim;

    private NativeHeap(Timer? trim) => _trim = trim;

    /// <summary>Starts on glibc-based Linux; does nothing elsewhere (musl, macOS and Windows have no such arenas or calls).</summary>
    public static NativeHeap Start()
    {
        if (!OperatingSystem.IsLinux())
            return new NativeHeap(null);
        try
        {
            _ = MallOpt(ArenaMax, 2);
            _ = MallocTrim(0);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (Alpine's musl): nothing to cap or trim.
            return new NativeHeap(null);
        }
        return new NativeHeap(new Timer(_ => MallocTrim(0), null, TrimEvery, TrimEvery));
    }

    /// <inheritdoc />
    public void Dispose() => _trim?.Dispose();

    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    private static extern int MallOpt(int parameter, int value);

    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
