using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// What a column accepts and how it stores it, from the column's metadata. Sources (see docs/dataverse.md, "Value
/// rules"): a value of the wrong JSON kind is an OData payload error (the Web API deserialises against the EDM type of
/// the column); options, MinValue/MaxValue and Precision from the attribute definition; date and time columns store UTC
/// ("Dataverse stores all date and time values in UTC"; TimeZoneIndependent: no conversion; DateOnly: no time part;
/// earliest value 1/1/1753, learn.microsoft.com/power-apps/maker/data-platform/behavior-format-date-time-field and
/// …/developer/data-platform/behavior-format-date-time-attribute). Error codes for range and option failures are not
/// documented; the emulator's are marked UNCONFIRMED in docs/dataverse.md.
/// </summary>
internal static class ValueRules
{
    private static readonly DateTime Earliest = new(1753, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The value as the column stores it, or an error the platform would answer.</summary>
    public static JsonNode? Store(EntityModel entity, AttributeModel attribute, JsonNode? value)
    {
        if (value is null) return null;
        if (value is not JsonValue v) throw Payload(entity, attribute, value.ToJsonString());
        var kind = v.GetValueKind();
        switch (attribute.AttributeType)
        {
            case "String" or "Memo" or "EntityName":
                if (kind != JsonValueKind.String) throw Payload(entity, attribute, v.ToJsonString());
                return v.DeepClone();
            case "Uniqueidentifier":
                if (kind != JsonValueKind.String || !Guid.TryParse(v.GetValue<string>(), out var guid)) throw Payload(entity, attribute, v.ToJsonString());
                return guid.ToString();
            case "Boolean":
                if (kind is not (JsonValueKind.True or JsonValueKind.False)) throw Payload(entity, attribute, v.ToJsonString());
                return v.DeepClone();
            case "Integer" or "BigInt":
                {
                    if (kind != JsonValueKind.Number || !v.TryGetValue<long>(out var whole)) throw Payload(entity, attribute, v.ToJsonString());
                    var (min, max) = Range(attribute, attribute.AttributeType == "Integer" ? int.MinValue : long.MinValue, attribute.AttributeType == "Integer" ? int.MaxValue : long.MaxValue);
                    if (whole < min || whole > max) throw OutOfRange(entity, attribute, whole.ToString(CultureInfo.InvariantCulture), min, max);
                    return JsonValue.Create(whole);
                }
            case "Decimal" or "Money":
                {
                    if (kind != JsonValueKind.Number || !v.TryGetValue<decimal>(out var number)) throw Payload(entity, attribute, v.ToJsonString());
                    var (min, max) = Range(attribute, -100_000_000_000m, 100_000_000_000m);
                    if (number < min || number > max) throw OutOfRange(entity, attribute, number.ToString(CultureInfo.InvariantCulture), min, max);
                    return JsonValue.Create(Math.Round(number, Precision(attribute), MidpointRounding.AwayFromZero));
                }
            case "Double":
                {
                    if (kind != JsonValueKind.Number || !v.TryGetValue<double>(out var number)) throw Payload(entity, attribute, v.ToJsonString());
                    var (min, max) = Range(attribute, -100_000_000_000d, 100_000_000_000d);
                    if (number < min || number > max) throw OutOfRange(entity, attribute, number.ToString(CultureInfo.InvariantCulture), min, max);
                    return JsonValue.Create(Math.Round(number, Precision(attribute), MidpointRounding.AwayFromZero));
                }
            case "Picklist" or "State" or "Status":
                {
                    if (kind != JsonValueKind.Number || !v.TryGetValue<int>(out var option)) throw Payload(entity, attribute, v.ToJsonString());
                    RequireOption(entity, attribute, option);
                    return JsonValue.Create(option);
                }
            case "Virtual" when IsMultiSelect(attribute):
                {
                    if (kind != JsonValueKind.String) throw Payload(entity, attribute, v.ToJsonString());
                    foreach (var part in v.GetValue<string>().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var option)) throw Payload(entity, attribute, v.ToJsonString());
                        RequireOption(entity, attribute, option);
                    }
                    return v.DeepClone();
                }
            case "DateTime":
                if (kind != JsonValueKind.String) throw Payload(entity, attribute, v.ToJsonString());
                return DateTimeValue(entity, attribute, v.GetValue<string>());
            default:
                return v.DeepClone();
        }
    }

    /// <summary>The column's option values (choices, state and status), or null when the definition lists none.</summary>
    public static IReadOnlyList<JsonObject>? Options(AttributeModel attribute) =>
        (attribute.Definition["OptionSet"]?["Options"] ?? attribute.Definition["GlobalOptionSet"]?["Options"]) is JsonArray options
            ? [.. options.OfType<JsonObject>()]
            : null;

    private static bool IsMultiSelect(AttributeModel attribute) =>
        ((string?)attribute.Definition["@odata.type"] ?? "").EndsWith("MultiSelectPicklistAttributeMetadata", StringComparison.Ordinal);

    private static void RequireOption(EntityModel entity, AttributeModel attribute, int option)
    {
        // A column whose definition carries no options (a global choice served elsewhere) is not checked here.
        if (Options(attribute) is not { Count: > 0 } options) return;
        if (options.Any(o => (int?)o["Value"] == option)) return;
        throw new EmulatorError(400, "0x8004431a",
            $"A validation error occurred. The value {option} of '{attribute.LogicalName}' on record of type '{entity.LogicalName}' is outside the valid range. Accepted Values: {string.Join(",", options.Select(o => (int?)o["Value"]))}");
    }

    private static JsonNode DateTimeValue(EntityModel entity, AttributeModel attribute, string text)
    {
        var behavior = (string?)attribute.Definition["DateTimeBehavior"]?["Value"] ?? "UserLocal";
        if (behavior == "DateOnly")
        {
            // Edm.Date: the value is a date, there is no time to convert.
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) throw Payload(entity, attribute, text, "Edm.Date");
            if (date < DateOnly.FromDateTime(Earliest)) throw OutOfRange(entity, attribute, text, Earliest, DateTime.MaxValue);
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value))
            throw Payload(entity, attribute, text, "Edm.DateTimeOffset");
        // UserLocal: converted to UTC. TimeZoneIndependent: stored as written, without conversion. Both to the second.
        var stored = behavior == "TimeZoneIndependent" ? value.DateTime : value.UtcDateTime;
        stored = new DateTime(stored.Ticks - stored.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        if (stored < Earliest) throw OutOfRange(entity, attribute, text, Earliest, DateTime.MaxValue);
        return stored.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
    }

    private static int Precision(AttributeModel attribute) =>
        attribute.Definition["Precision"] is JsonValue p && p.TryGetValue<int>(out var precision) ? Math.Clamp(precision, 0, 10) : 2;

    private static (T Min, T Max) Range<T>(AttributeModel attribute, T min, T max)
        where T : struct
    {
        static T? Read(JsonNode? node) => node is JsonValue v && v.TryGetValue<T>(out var x) ? x
            : node is JsonValue d && d.TryGetValue<double>(out var dbl) ? (T)Convert.ChangeType(dbl, typeof(T), CultureInfo.InvariantCulture) : null;
        return (Read(attribute.Definition["MinValue"]) ?? min, Read(attribute.Definition["MaxValue"]) ?? max);
    }

    private static EmulatorError Payload(EntityModel entity, AttributeModel attribute, string literal, string? edm = null) =>
        new(400, "0x80048d19",
            $"Error identified in Payload provided by the user for Entity :'{entity.EntitySetName}'  ---->  InnerException : Microsoft.OData.ODataException: Cannot convert the literal '{literal}' to the expected type '{edm ?? EdmType(attribute)}'.");

    private static EmulatorError OutOfRange<T>(EntityModel entity, AttributeModel attribute, string value, T min, T max) =>
        new(400, "0x80044331",
            $"A validation error occurred. The value {value} of '{attribute.LogicalName}' on record of type '{entity.LogicalName}' is outside the valid range. Accepted Values: [{Convert.ToString(min, CultureInfo.InvariantCulture)}, {Convert.ToString(max, CultureInfo.InvariantCulture)}]");

    private static string EdmType(AttributeModel attribute) => attribute.AttributeType switch
    {
        "Integer" or "Picklist" or "State" or "Status" => "Edm.Int32",
        "BigInt" => "Edm.Int64",
        "Decimal" or "Money" => "Edm.Decimal",
        "Double" => "Edm.Double",
        "Boolean" => "Edm.Boolean",
        "Uniqueidentifier" => "Edm.Guid",
        "DateTime" => "Edm.DateTimeOffset",
        _ => "Edm.String",
    };
}
