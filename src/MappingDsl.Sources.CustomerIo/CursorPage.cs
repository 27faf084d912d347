using System.Text.Json;

namespace MappingDsl.Sources.CustomerIo;

/// <summary>
/// One page of a cursor-paged App API list: its items and the cursor to pass back as <c>start</c>. The list ends
/// when <c>next</c> is <c>""</c>, <c>null</c> or absent (source-apis.md §3.3, from Airbyte's tests of the live API).
/// </summary>
/// <param name="Items">The page's elements, each as raw JSON.</param>
/// <param name="Next">The cursor, or null at the end.</param>
/// <param name="Problem">Why the page could not be read, when it could not.</param>
internal sealed record CursorPage(IReadOnlyList<byte[]> Items, string? Next, string? Problem)
{
    /// <summary>Reads the array under <paramref name="property"/> and <c>next</c>; a missing or null array is an empty page.</summary>
    public static CursorPage Parse(byte[] body, string property)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new CursorPage([], null, "the answer is not a JSON object");
            }

            var items = new List<byte[]>();
            if (root.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in array.EnumerateArray())
                {
                    items.Add(JsonSerializer.SerializeToUtf8Bytes(element));
                }
            }

            string? next = root.TryGetProperty("next", out var cursor) && cursor.ValueKind == JsonValueKind.String && cursor.GetString() is { Length: > 0 } text
                ? text
                : null;
            return new CursorPage(items, next, null);
        }
        catch (JsonException ex)
        {
            return new CursorPage([], null, $"malformed JSON answer: {ex.Message}");
        }
    }
}
