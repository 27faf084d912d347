namespace MappingDsl.Sources.Events;

/// <summary>
/// Keeps every fully read export window on disk (<c>&lt;folder&gt;/&lt;stream&gt;/&lt;window&gt;.jsonl</c>), so a run that
/// crashes mid-export replays the finished windows from disk and asks the API again only from the window it was in.
/// A window is written to a <c>.part</c> file and renamed when its stream ended cleanly, so a half-read window is
/// never mistaken for a finished one. Replay yields the same lines in the same order, which keeps the engine's
/// resume-by-position exact.
/// </summary>
/// <param name="folder">Where the windows are kept.</param>
public sealed class WindowSpool(string folder)
{
    /// <summary>The spool folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>The finished file for <paramref name="window"/> of <paramref name="stream"/>, or null when it is not finished.</summary>
    /// <param name="stream">The export stream's name (for example <c>customEvent</c>).</param>
    /// <param name="window">The window.</param>
    public string? Finished(string stream, DateWindow window)
    {
        var path = PathOf(stream, window);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Starts writing <paramref name="window"/>; call <see cref="WindowSpoolWriter.CompleteAsync"/> when it ended cleanly.</summary>
    /// <param name="stream">The export stream's name.</param>
    /// <param name="window">The window.</param>
    public WindowSpoolWriter Begin(string stream, DateWindow window)
    {
        var path = PathOf(stream, window);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new WindowSpoolWriter(path);
    }

    private string PathOf(string stream, DateWindow window) => Path.Combine(Folder, stream, window.Key + ".jsonl");
}

/// <summary>Writes one window's lines to its <c>.part</c> file.</summary>
public sealed class WindowSpoolWriter : IAsyncDisposable
{
    private static readonly byte[] Newline = "\n"u8.ToArray();
    private readonly string _path;
    private readonly FileStream _file;
    private bool _completed;

    internal WindowSpoolWriter(string path)
    {
        _path = path;
        _file = new FileStream(path + ".part", FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
    }

    /// <summary>Appends one line.</summary>
    /// <param name="line">The line's bytes, without a line break.</param>
    /// <param name="ct">Stops the write.</param>
    public async ValueTask WriteAsync(ReadOnlyMemory<byte> line, CancellationToken ct)
    {
        await _file.WriteAsync(line, ct).ConfigureAwait(false);
        await _file.WriteAsync(Newline, ct).ConfigureAwait(false);
    }

    /// <summary>Marks the window finished.</summary>
    /// <param name="ct">Stops the flush.</param>
    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        await _file.FlushAsync(ct).ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
        File.Move(_path + ".part", _path, overwrite: true);
        _completed = true;
    }

    /// <summary>Closes the file; an unfinished window's <c>.part</c> file is removed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            await _file.DisposeAsync().ConfigureAwait(false);
            File.Delete(_path + ".part");
        }
    }
}
