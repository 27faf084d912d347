using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Engine;

/// <summary>
/// Checks every written value against the org's metadata before any request: text length, number range and
/// precision, option values and the DateTime range Dataverse accepts (1753-01-01 to 9999-12-31). A value outside
/// them quarantines the record at stage <c>check</c> with a reason naming the column and the limit, so a rehearsal
/// fails where the customer's org would. One forward pass of a <see cref="Utf8JsonReader"/> per record, and the limits
/// are read once per table.
/// </summary>
internal sealed class ValueChecks(IMigrationTarget target)
{
    private static readonly DateTime Earliest = new(1753, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly Dictionary<string, IReadOnlyDictionary<string, ColumnLimit>?> _limits = new(StringComparer.Ordinal);

    public async Task CheckAsync(SourceUnit unit, CancellationToken cancellationToken)
    {
        if (unit.Stage is not null)
            return;
        List<string>? problems = null;
        foreach (var record in unit.Records)
        {
            if (!_limits.TryGetValue(record.Table.LogicalName, out var limits))
                _limits[record.Table.LogicalName] = limits = await target.ReadColumnLimitsAsync(record.Table, cancellationToken).ConfigureAwait(false);
            if (limits is null)
                continue;
            Check(record.Body.Span, limits, ref problems);
        }
        if (problems is not null)
        {
            unit.Stage = "check";
            unit.Reason = string.Join("; ", problems);
        }
    }

    internal static void Check(ReadOnlySpan<byte> body, IReadOnlyDictionary<string, ColumnLimit> limits, ref List<string>? problems)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }
            if (reader.TokenType == JsonTokenType.Null || !limits.TryGetValue(name, out var limit))
                continue;
            if (Problem(ref reader, limit) is { } problem)
                (problems ??= []).Add(problem);
        }
    }

    private static string? Problem(ref Utf8JsonReader reader, ColumnLimit limit)
    {
        var c = limit.Column;
        switch (limit.Type)
        {
            case "String" or "Memo" when reader.TokenType == JsonTokenType.String && limit.MaxLength is { } max:
                var text = reader.GetString()!;
                return text.Length > max ? Say($"{c}: {text.Length} characters, the column holds at most {max}") : null;
            case "Integer" or "BigInt" or "Decimal" or "Money" or "Double":
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var number))
                    return reader.TokenType == JsonTokenType.Number ? Say($"{c}: {Raw(ref reader)} is not a number the column can hold") : Say($"{c}: {Raw(ref reader)} is not a number");
                if ((limit.Min is { } min && number < min) || (limit.Max is { } top && number > top))
                    return Say($"{c}: {number} is outside {limit.Min}–{limit.Max}");
                if (limit.Type is "Integer" or "BigInt" && number != decimal.Truncate(number))
                    return Say($"{c}: {number} is not a whole number");
                if (limit.Precision is { } precision && number.Scale > precision && decimal.Round(number, precision) != number)
                    return Say($"{c}: {number} has more than {precision} decimal places");
                return null;
            case "Picklist" or "State" or "Status" when limit.Options is { } options:
                return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) && !options.Contains(value)
                    ? Say($"{c}: {value} is not one of its options ({string.Join(", ", options.Order())})")
                    : null;
            case "Virtual" or "MultiSelectPicklist" when limit.Options is { } options && reader.TokenType == JsonTokenType.String:
                foreach (var part in reader.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var option) || !options.Contains(option))
                        return Say($"{c}: {part} is not one of its options ({string.Join(", ", options.Order())})");
                }
                return null;
            case "DateTime" when reader.TokenType == JsonTokenType.String:
                var raw = reader.GetString()!;
                if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
                    && instant.UtcDateTime < Earliest)
                    return Say($"{c}: {raw} is before 1753-01-01, the earliest date Dataverse stores (1753-01-01–9999-12-31)");
                return null;
            default:
                return null;
        }
    }

    private static string Raw(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? "(value)" : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
