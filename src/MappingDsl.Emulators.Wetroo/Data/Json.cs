using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Emulators.Wetroo.Data;

/// <summary>The pieces records share: timestamps, dates, owner references, custom field values.</summary>
internal static class Json
{
    public static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static void StringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    public static void Owner(Utf8JsonWriter w, string name, EmulatorOwner owner)
    {
        w.WriteStartObject(name);
        OwnerFields(w, owner);
        w.WriteEndObject();
    }

    public static void OwnerFields(Utf8JsonWriter w, EmulatorOwner owner)
    {
        w.WriteNumber("id", owner.Id);
        w.WriteString("name", owner.Name);
        w.WriteString("email", owner.Email);
    }

    /// <summary>The <c>customFields</c> object of one record; about one value in six is null, as in real data.</summary>
    public static void CustomFields(Utf8JsonWriter w, WetrooDataset d, string module, int index)
    {
        w.WriteStartObject("customFields");
        foreach (var field in WetrooEmulatorCatalog.CustomFields.Where(f => f.Object == module))
        {
            var salt = $"cf:{module}:{field.Key}";
            if (d.Random.Chance(salt + ":null", index, 1.0 / 6))
            {
                w.WriteNull(field.Key);
                continue;
            }

            switch (field.Type)
            {
                case "number" when field.Key == "cf_discount":
                    w.WriteNumber(field.Key, d.Random.Int(salt, index, 0, 2500) / 100m);
                    break;
                case "number":
                    w.WriteNumber(field.Key, d.Random.Int(salt, index, 0, 500) * (module == "lead" ? 1000 : 1));
                    break;
                case "date":
                    w.WriteString(field.Key, Date(new DateOnly(1970, 1, 1).AddDays(d.Random.Int(salt, index, module == "contact" ? 0 : 19800, 20800))));
                    break;
                case "picklist":
                    w.WriteString(field.Key, d.Random.Pick(salt, index, field.Options));
                    break;
                default:
                    w.WriteString(field.Key, $"{field.Label.ToUpperInvariant().Replace(' ', '-')}-{index + 1:D5}");
                    break;
            }
        }

        w.WriteEndObject();
    }
}
