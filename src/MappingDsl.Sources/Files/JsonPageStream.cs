using System.Runtime.CompilerServices;
using System.Text.Json;

namespace MappingDsl.Sources.Files;

/// <summary>
/// The streaming twin of <see cref="JsonPageParser"/> for files: yields a saved page's rows one at a time as they are
/// read (a bare array, <c>{"data"|"records":[…]}</c>, <c>{"Status","Data":[…]}</c>,
/// <c>{"Status","Data":{"data":[…],"totalRows"}}</c>, any key casing), and fills <see cref="PageFacts"/> with what
/// the envelope says besides. Broken JSON throws <see cref="JsonException"/> after the rows before the break.
/// </summary>
internal static class JsonPageStream
{
    /// <summary>What a page's envelope said, known once its rows have been read.</summary>
    public sealed class PageFacts
    {
        public string? Status { get; set; }

        public string? ErrorName { get; set; }

        public string? ErrorMessage { get; set; }

        public long? TotalRows { get; set; }

        public bool FoundRows { get; set; }

        public string? NotAPage { get; set; }

        public bool IsFailure => string.Equals(Status, "failure", StringComparison.OrdinalIgnoreCase);

        /// <summary>Why the page has no rows at all, as <see cref="JsonPage.Malformed"/> says it.</summary>
        public string? Malformed => NotAPage ?? (FoundRows || Status is not null ? null : "page holds no row array");
    }

    public static async IAsyncEnumerable<byte[]> RowsAsync(JsonChunkReader json, PageFacts facts, [EnumeratorCancellation] CancellationToken ct)
    {
        if (!await json.ReadAsync(ct).ConfigureAwait(false))
        {
            facts.NotAPage = "page is empty";
            yield break;
        }

        if (json.TokenType == JsonTokenType.StartArray)
        {
            facts.FoundRows = true;
            while (await json.ReadValueAsync(ct).ConfigureAwait(false) is { } row)
            {
                yield return row;
            }

            yield break;
        }

        if (json.TokenType != JsonTokenType.StartObject)
        {
            facts.NotAPage = "page is neither a JSON object nor an array";
            yield break;
        }

        while (await json.ReadAsync(ct).ConfigureAwait(false) && json.TokenType == JsonTokenType.PropertyName)
        {
            var key = json.Text!;
            var next = await json.PeekAsync(ct).ConfigureAwait(false);
            if ((Is(key, "Data") || IsRowArrayKey(key)) && next == JsonTokenType.StartArray)
            {
                await foreach (var row in ArrayAsync(json, facts, ct).ConfigureAwait(false))
                {
                    yield return row;
                }
            }
            else if (Is(key, "Data") && next == JsonTokenType.StartObject)
            {
                await json.ReadAsync(ct).ConfigureAwait(false);
                while (await json.ReadAsync(ct).ConfigureAwait(false) && json.TokenType == JsonTokenType.PropertyName)
                {
                    var inner = json.Text!;
                    if (IsRowArrayKey(inner) && await json.PeekAsync(ct).ConfigureAwait(false) == JsonTokenType.StartArray)
                    {
                        await foreach (var row in ArrayAsync(json, facts, ct).ConfigureAwait(false))
                        {
                            yield return row;
                        }
                    }
                    else
                    {
                        await ReadFactAsync(json, inner, facts, ct).ConfigureAwait(false);
                    }
                }
            }
            else
            {
                await ReadFactAsync(json, key, facts, ct).ConfigureAwait(false);
            }
        }
    }

    private static async IAsyncEnumerable<byte[]> ArrayAsync(JsonChunkReader json, PageFacts facts, [EnumeratorCancellation] CancellationToken ct)
    {
        await json.ReadAsync(ct).ConfigureAwait(false);
        facts.FoundRows = true;
        while (await json.ReadValueAsync(ct).ConfigureAwait(false) is { } row)
        {
            yield return row;
        }
    }

    // Any other property's value is small (a status, an error, a total): it is read whole and kept when it says something.
    private static async Task ReadFactAsync(JsonChunkReader json, string key, PageFacts facts, CancellationToken ct)
    {
        var value = await json.ReadValueAsync(ct).ConfigureAwait(false);
        using var document = JsonDocument.Parse(value);
        var root = document.RootElement;
        if (Is(key, "Status") && root.ValueKind == JsonValueKind.String)
        {
            facts.Status = root.GetString();
        }
        else if (Is(key, "Error") && root.ValueKind == JsonValueKind.String)
        {
            facts.ErrorMessage = root.GetString();
        }
        else if (Is(key, "Error") && root.ValueKind == JsonValueKind.Object)
        {
            facts.ErrorName = Text(root, "name") ?? Text(root, "code");
            facts.ErrorMessage = Text(root, "message");
        }
        else if ((Is(key, "totalRows") || Is(key, "total")) && root.ValueKind == JsonValueKind.Number && root.TryGetInt64(out var total))
        {
            facts.TotalRows = total;
        }
    }

    private static string? Text(JsonElement error, string name)
    {
        foreach (var property in error.EnumerateObject())
        {
            if (Is(property.Name, name))
            {
                return property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    _ => null,
                };
            }
        }

        return null;
    }

    private static bool Is(string key, string expected) => string.Equals(key, expected, StringComparison.OrdinalIgnoreCase);

    private static bool IsRowArrayKey(string key) => Is(key, "data") || Is(key, "records");
}
