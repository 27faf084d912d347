using System.Text.Json;

namespace MappingDsl.Sources.Salesmate;

/// <summary>
/// Reads <c>GET /apis/v3/fields/getAllVisibleFields</c>: <c>Data</c> maps a module to its fields; each field has
/// <c>fieldName</c> and <c>fieldOptions</c> (a JSON string holding <c>{"values":[…]}</c>), and usually
/// <c>displayName</c>, <c>type</c> and <c>isCustom</c>. Custom fields are recognised by name when
/// <c>isCustom</c> is absent.
/// </summary>
internal static class SalesmateFieldMetadataParser
{
    public static IReadOnlyList<SalesmateFieldDefinition> Parse(ReadOnlySpan<byte> body)
    {
        using var document = JsonDocument.Parse(body.ToArray());
        var fields = new List<SalesmateFieldDefinition>();
        if (!TryGet(document.RootElement, "Data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new SalesmateApiException("Salesmate field metadata has no Data object");
        }

        foreach (var module in data.EnumerateObject())
        {
            if (module.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var item in module.Value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || Text(item, "fieldName") is not { Length: > 0 } name)
                {
                    continue;
                }

                var isCustom = TryGet(item, "isCustom", out var custom)
                    ? custom.ValueKind == JsonValueKind.True
                    : name.Contains("CustomField", StringComparison.Ordinal);
                fields.Add(new SalesmateFieldDefinition(
                    module.Name,
                    name,
                    Text(item, "displayName"),
                    Text(item, "type") ?? TypeFromName(name),
                    isCustom,
                    Options(item))
                {
                    OptionsJson = OptionsJson(item),
                });
            }
        }

        return fields;
    }

    private static string? OptionsJson(JsonElement item)
    {
        if (!TryGet(item, "fieldOptions", out var options))
        {
            return null;
        }

        return options.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(options.GetString()) ? null : options.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            // A real account might send the options as an object rather than a string; keep it as text all the same.
            _ => options.GetRawText(),
        };
    }

    private static IReadOnlyList<string> Options(JsonElement item)
    {
        if (!TryGet(item, "fieldOptions", out var options))
        {
            return [];
        }

        try
        {
            if (options.ValueKind == JsonValueKind.String)
            {
                var text = options.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return [];
                }

                using var parsed = JsonDocument.Parse(text);
                return Values(parsed.RootElement);
            }

            return Values(options);
        }
        catch (JsonException)
        {
            // Options are informational; a field whose options cannot be read is still a field.
            return [];
        }
    }

    private static List<string> Values(JsonElement options)
    {
        var list = new List<string>();
        if (options.ValueKind == JsonValueKind.Object && TryGet(options, "values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            foreach (var value in values.EnumerateArray())
            {
                var text = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Object => Text(value, "value") ?? Text(value, "label"),
                    _ => value.GetRawText(),
                };
                if (!string.IsNullOrEmpty(text))
                {
                    list.Add(text);
                }
            }
        }

        return list;
    }

    private static string TypeFromName(string name)
    {
        var index = name.IndexOf("CustomField", StringComparison.Ordinal);
        if (index <= 0)
        {
            return "Unknown";
        }

        var prefix = name[..index];
        return prefix switch
        {
            "int" => "Integer",
            "textArea" => "TextArea",
            "dateTime" => "DateTime",
            "multiSelect" => "MultiSelect",
            _ => char.ToUpperInvariant(prefix[0]) + prefix[1..],
        };
    }

    private static string? Text(JsonElement element, string name) =>
        TryGet(element, name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}
