using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate;

/// <summary>The parts of a v4 search call the emulator honours: paging, <c>type EQUALS</c> and <c>lastModifiedAt IS_AFTER</c>.</summary>
/// <param name="Rows">Page size.</param>
/// <param name="From">Offset.</param>
/// <param name="ActivityType">The <c>type</c> an activity search is limited to.</param>
/// <param name="ModifiedAfter">The exclusive lower bound on <c>lastModifiedAt</c>.</param>
internal sealed record SearchQuery(int Rows, long From, string? ActivityType, DateTimeOffset? ModifiedAfter)
{
    public const int MaxRows = 250;
    private static readonly string[] DateFormats = ["MMM dd, yyyy hh:mm tt", "MMM d, yyyy hh:mm tt", "MMM dd, yyyy h:mm tt", "MMM d, yyyy h:mm tt"];

    /// <summary>Parses the query string and body; returns an error text for a request the real API would refuse.</summary>
    public static (SearchQuery? Query, string? Error) Parse(string? rowsText, string? fromText, ReadOnlySpan<byte> body)
    {
        var rows = 25;
        long from = 0;
        if (rowsText is not null && (!int.TryParse(rowsText, NumberStyles.None, CultureInfo.InvariantCulture, out rows) || rows is < 1 or > MaxRows))
        {
            return (null, $"rows must be 1..{MaxRows}");
        }

        if (fromText is not null && !long.TryParse(fromText, NumberStyles.None, CultureInfo.InvariantCulture, out from))
        {
            return (null, "from must be a non-negative integer");
        }

        string? type = null;
        DateTimeOffset? after = null;
        if (body.IsEmpty)
        {
            return (new SearchQuery(rows, from, null, null), null);
        }

        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("filterQuery", out var filter)
                && filter.TryGetProperty("group", out var group)
                && group.TryGetProperty("rules", out var rules)
                && rules.ValueKind == JsonValueKind.Array)
            {
                foreach (var rule in rules.EnumerateArray())
                {
                    var field = rule.TryGetProperty("field", out var f) && f.TryGetProperty("fieldName", out var n) ? n.GetString() ?? string.Empty : string.Empty;
                    var condition = rule.TryGetProperty("condition", out var c) ? c.GetString() : null;
                    var data = rule.TryGetProperty("data", out var v) ? v.GetString() : null;
                    if (field.EndsWith(".type", StringComparison.Ordinal) && condition == "EQUALS")
                    {
                        type = data;
                    }
                    else if (field.EndsWith(".lastModifiedAt", StringComparison.Ordinal) && condition == "IS_AFTER")
                    {
                        if (data is null || !TryParseDate(data, out var parsed))
                        {
                            return (null, $"'{data}' is not a date");
                        }

                        after = parsed;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return (null, "the request body is not a valid search query");
        }

        return (new SearchQuery(rows, from, type, after), null);
    }

    private static bool TryParseDate(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value)
        || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
