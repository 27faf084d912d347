using System.Text.Json;

namespace MappingDsl.Sources.Discovery;

/// <summary>Writes and reads <see cref="DiscoverySnapshot"/> as camelCase JSON.</summary>
public static class DiscoverySnapshotJson
{
    /// <summary>Serializes <paramref name="snapshot"/> to indented UTF-8 JSON.</summary>
    /// <param name="snapshot">The snapshot.</param>
    public static byte[] ToUtf8(DiscoverySnapshot snapshot) =>
        JsonSerializer.SerializeToUtf8Bytes(snapshot, DiscoveryJsonContext.Default.DiscoverySnapshot);

    /// <summary>Parses a snapshot; throws <see cref="InvalidDataException"/> naming the problem for bad input.</summary>
    /// <param name="utf8Json">The snapshot's JSON.</param>
    public static DiscoverySnapshot Parse(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, DiscoveryJsonContext.Default.DiscoverySnapshot)
                ?? throw new InvalidDataException("discovery snapshot is null");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"discovery snapshot is not valid: {ex.Message}", ex);
        }
    }

    /// <summary>Writes <paramref name="snapshot"/> to <paramref name="path"/> (via a temporary file, so a crash leaves the old one).</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="ct">Stops the write.</param>
    public static async Task WriteFileAsync(DiscoverySnapshot snapshot, string path, CancellationToken ct)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, ToUtf8(snapshot), ct).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a snapshot file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="ct">Stops the read.</param>
    public static async Task<DiscoverySnapshot> ReadFileAsync(string path, CancellationToken ct) =>
        Parse(await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false));
}
