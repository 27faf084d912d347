using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MappingDsl.Sources.Salesmate;

/// <summary>
/// Finds the images a note's HTML embeds and writes one <c>noteFile</c> record per image: the note's id, parent,
/// author and times, then the file's name, MIME type, size, SHA-256 and base64 content. The key,
/// <c>{noteId}-image{n}</c>, is a string so it never meets a note's numeric key in the annotation table.
/// </summary>
internal static partial class NoteFileRecords
{
    /// <summary>The image sources of <paramref name="html"/>, in order; only those on <paramref name="accountHost"/>.</summary>
    /// <remarks>
    /// Only the account's own host gets the access token: an image elsewhere (an external link) stays a link in the
    /// note text. How Salesmate stores note images is not documented; an <c>&lt;img src&gt;</c> on the account host is
    /// UNCONFIRMED (docs/sources/salesmate.md).
    /// </remarks>
    public static IEnumerable<Uri> Images(string? html, Uri accountHost)
    {
        if (string.IsNullOrEmpty(html))
        {
            yield break;
        }

        foreach (Match match in ImageSource().Matches(html))
        {
            if (Uri.TryCreate(accountHost, System.Net.WebUtility.HtmlDecode(match.Groups["src"].Value), out var uri)
                && Uri.Compare(uri, accountHost, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            {
                yield return uri;
            }
        }
    }

    /// <summary>The key of image <paramref name="n"/> of a note.</summary>
    public static string Key(string noteId, int n) => string.Create(CultureInfo.InvariantCulture, $"{noteId}-image{n}");

    /// <summary>Writes the record for one downloaded (or refused) image.</summary>
    public static SourceRecord Create(string module, JsonElement note, string noteId, int n, Uri source, FileDownload download)
    {
        var key = Key(noteId, n);
        var buffer = new ArrayBufferWriter<byte>(256 + (download.Content is { } c ? (c.Length + 2) / 3 * 4 : 0));
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("key", key);
            w.WriteString("noteId", noteId);
            w.WriteNumber("position", n);
            foreach (var name in (string[])["relatedTo", "createdBy", "createdAt", "lastModifiedAt"])
            {
                if (note.TryGetProperty(name, out var value))
                {
                    w.WritePropertyName(name);
                    value.WriteTo(w);
                }
            }

            w.WriteString("source", source.AbsoluteUri);
            w.WriteString("fileName", download.FileName ?? FileNameOf(source));
            w.WriteString("mimeType", download.MimeType ?? "application/octet-stream");
            if (download.Content is { } content)
            {
                w.WriteNumber("size", content.Length);
                w.WriteString("sha256", download.Sha256);
                w.WriteBase64String("content", content);
            }

            w.WriteEndObject();
        }

        var record = SourceRecordFactory.Create(module, buffer.WrittenMemory, SalesmateModules.FieldsFor(module));
        return download.Problem is { } problem ? record with { Problem = $"image {n} of note {noteId} ({source.AbsolutePath}): {problem}" } : record;
    }

    private static string FileNameOf(Uri source) =>
        source.Segments.LastOrDefault()?.Trim('/') is { Length: > 0 } last ? Uri.UnescapeDataString(last) : "image";

    [GeneratedRegex("""<img\b[^>]*?\bsrc\s*=\s*(?:"(?<src>[^"]*)"|'(?<src>[^']*)')""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageSource();
}
