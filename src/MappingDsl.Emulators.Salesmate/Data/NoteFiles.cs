using System.Globalization;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>
/// The images embedded in notes. Salesmate documents no note or file API (docs/sources/salesmate.md), so the shape is
/// UNCONFIRMED: an <c>&lt;img src&gt;</c> in the note's HTML pointing at a download on the account's own host,
/// <c>/apis/v1/files/note/{noteId}/{n}</c>, answered with the raw bytes and the same auth and throttling as every call.
/// </summary>
internal static class NoteFiles
{
    /// <summary>The download path of image <paramref name="n"/> (1-based) of note index <paramref name="noteIndex"/>.</summary>
    public static string Path(int noteIndex, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"apis/v1/files/note/{noteIndex + 1}/{n}");

    /// <summary>
    /// Every fifth note (the first one included) embeds two images, so any volume has a note with two; a tenth of
    /// the rest embed one.
    /// </summary>
    public static int Count(Hashing random, int noteIndex) =>
        noteIndex % 5 == 0 ? 2 : random.Chance("note-image", noteIndex, 0.1) ? 1 : 0;

    public static EmulatorFile File(Hashing random, int noteIndex, int n)
    {
        var salt = string.Create(CultureInfo.InvariantCulture, $"note-file:{n}");
        var size = random.Int(salt + ":size", noteIndex, 200, 6000);
        var bytes = new byte[size];
        // A PNG signature, then seeded bytes: enough for a MIME sniffer, and every byte is checked by hash anyway.
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        for (var i = signature.Length; i < size; i += 8)
        {
            var word = random.Hash(salt, ((long)noteIndex << 24) + i);
            for (var b = 0; b < 8 && i + b < size; b++)
            {
                bytes[i + b] = (byte)(word >> (8 * b));
            }
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"note-{noteIndex + 1}-image-{n}.png");
        return new EmulatorFile(name, "image/png", bytes);
    }
}
