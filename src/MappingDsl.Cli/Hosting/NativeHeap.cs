using System.Runtime.InteropServices;

namespace MappingDsl.Cli.Hosting;

/// <summary>
/// Caps glibc's malloc arenas. glibc gives threads that allocate at the same time arenas of their own (up to eight per
/// core) and keeps the memory freed in each; SQLite allocates its page caches on whichever thread-pool thread runs a
/// journal statement, so a long run with batches in flight ended up holding a cache's worth in every arena (measured
/// on a 10 M-record run: nine arenas, about 80 MB of mapdsl's working set; docs/performance.md). Two arenas keep
/// native memory flat at the cost of a little contention on a lock mapdsl seldom takes.
/// </summary>
internal static class NativeHeap
{
    // M_ARENA_MAX in glibc's malloc.h.
    private const int ArenaMax = -8;

    /// <summary>Caps the arenas on glibc-based Linux; a no-op elsewhere (musl, macOS, Windows have no such arenas or call).</summary>
    public static void LimitArenas()
    {
        if (!OperatingSystem.IsLinux())
            return;
        try
        {
            _ = MallOpt(ArenaMax, 2);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (Alpine's musl): nothing to cap.
        }
    }

    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    private static extern int MallOpt(int parameter, int value);
}
