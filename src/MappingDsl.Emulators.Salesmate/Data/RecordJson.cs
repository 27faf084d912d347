using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>The pieces every generated record shares: references, timestamps, tags, owners, custom fields.</summary>
internal static class RecordJson
{
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static void WriteTimestamp(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, Timestamp(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
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

    public static EmulatorUser? Owner(EmulatorDataset d, string module, int index) =>
        d.HasMissingOwner(module, index) ? null : d.Random.Pick("owner:" + module, index, SalesmateEmulatorCatalog.Users);

    public static void WriteUser(Utf8JsonWriter w, string name, EmulatorUser? user)
    {
        if (user is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("id", user.Id);
        w.WriteString("name", user.Name);
        w.WriteString("email", user.Email);
        w.WriteString("firstName", user.FirstName);
        w.WriteString("lastName", user.LastName);
        w.WriteEndObject();
    }

    public static string? Tags(EmulatorDataset d, string module, int index)
    {
        var count = d.Random.Int("tag-count:" + module, index, 0, 4);
        if (count == 0)
        {
            return d.Random.Chance("tag-null:" + module, index, 0.5) ? null : string.Empty;
        }

        var tags = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            tags.Add(d.Random.Pick($"tag:{module}:{i}", index, SalesmateEmulatorCatalog.Tags));
        }

        return string.Join(',', tags);
    }

    public static string FirstName(EmulatorDataset d, int contact) => d.Random.Pick("first", contact, SalesmateEmulatorCatalog.FirstNames);

    public static string LastName(EmulatorDataset d, int contact) => d.Random.Pick("last", contact, SalesmateEmulatorCatalog.LastNames);

    public static string CompanyName(EmulatorDataset d, int company) =>
        $"{d.Random.Pick("company-word", company, SalesmateEmulatorCatalog.CompanyWords)} {d.Random.Pick("company-suffix", company, SalesmateEmulatorCatalog.CompanySuffixes)} {company + 1}";

    public static string CompanyDomain(EmulatorDataset d, int company) =>
        $"{d.Random.Pick("company-word", company, SalesmateEmulatorCatalog.CompanyWords).ToLowerInvariant()}{company + 1}.example.com";

    public static int? CompanyOfContact(EmulatorDataset d, int contact) =>
        d.Random.Chance("contact-no-company", contact, 0.1) ? null : d.Random.Int("contact-company", contact, 0, d.Count("company"));

    public static string ContactEmail(EmulatorDataset d, int contact)
    {
        var domain = CompanyOfContact(d, contact) is { } company ? CompanyDomain(d, company) : "mail.example.org";
        return $"{FirstName(d, contact).ToLowerInvariant()}.{LastName(d, contact).ToLowerInvariant()}{contact + 1}@{domain}";
    }

    public static void WriteContactRef(Utf8JsonWriter w, string name, EmulatorDataset d, int? contact)
    {
        if (contact is not { } c)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("id", c + 1);
        w.WriteString("name", $"{FirstName(d, c)} {LastName(d, c)}");
        w.WriteString("email", ContactEmail(d, c));
        w.WriteEndObject();
    }

    public static void WriteCompanyRef(Utf8JsonWriter w, string name, EmulatorDataset d, int? company)
    {
        if (company is not { } c)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("id", c + 1);
        w.WriteString("name", CompanyName(d, c));
        w.WriteEndObject();
    }

    public static void WriteDealRef(Utf8JsonWriter w, string name, EmulatorDataset d, int? deal)
    {
        if (deal is not { } i)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("id", i + 1);
        w.WriteString("title", DealRecord.Title(d, i));
        w.WriteEndObject();
    }

    public static void WriteAudit(Utf8JsonWriter w, EmulatorDataset d, string module, int index)
    {
        WriteUser(w, "createdBy", d.Random.Pick("created-by:" + module, index, SalesmateEmulatorCatalog.Users));
        WriteUser(w, "lastModifiedBy", d.Random.Pick("modified-by:" + module, index, SalesmateEmulatorCatalog.Users));
        WriteTimestamp(w, "createdAt", d.CreatedAt(module, index));
        WriteTimestamp(w, "lastModifiedAt", d.ModifiedAt(module, index));
    }

    /// <summary>Writes the module's custom fields; about one value in six is left null, as real data is.</summary>
    public static void WriteCustomFields(Utf8JsonWriter w, EmulatorDataset d, string metadataModule, string module, int index)
    {
        foreach (var field in d.CustomFields)
        {
            if (field.MetadataModule != metadataModule)
            {
                continue;
            }

            var salt = $"cf:{module}:{field.FieldName}";
            if (d.Random.Chance(salt + ":null", index, 1.0 / 6))
            {
                w.WriteNull(field.FieldName);
                continue;
            }

            switch (field.Type)
            {
                case "Integer":
                    w.WriteNumber(field.FieldName, d.Random.Int(salt, index, 0, 50));
                    break;
                case "Decimal":
                    w.WriteNumber(field.FieldName, d.Random.Int(salt, index, 0, 10000) / 100m);
                    break;
                case "Currency":
                    w.WriteNumber(field.FieldName, d.Random.Int(salt, index, 0, 5_000_000) / 100m);
                    break;
                case "Boolean":
                    w.WriteBoolean(field.FieldName, d.Random.Chance(salt, index, 0.5));
                    break;
                case "Date":
                    w.WriteString(field.FieldName, new DateOnly(1960, 1, 1).AddDays(d.Random.Int(salt, index, 0, 20000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case "DateTime":
                    w.WriteString(field.FieldName, Timestamp(d.Options.Epoch.AddMinutes(d.Random.Int(salt, index, 0, 500_000))));
                    break;
                case "Select":
                    w.WriteString(field.FieldName, d.Random.Pick(salt, index, field.Options));
                    break;
                case "MultiSelect":
                    w.WriteString(field.FieldName, string.Join(',', field.Options.Where((_, i) => d.Random.Chance($"{salt}:{i}", index, 0.4))));
                    break;
                case "Email":
                    w.WriteString(field.FieldName, $"assistant{index + 1}@mail.example.org");
                    break;
                case "Phone":
                    w.WriteString(field.FieldName, Phone(d, salt, index));
                    break;
                case "Url":
                    w.WriteString(field.FieldName, $"https://profiles.example.org/{module}/{index + 1}");
                    break;
                default:
                    w.WriteString(field.FieldName, $"{field.DisplayName} {index + 1}");
                    break;
            }
        }
    }

    public static string Phone(EmulatorDataset d, string salt, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"+1 555 {d.Random.Int(salt, index, 100, 1000)} {d.Random.Int(salt + ":2", index, 1000, 10000)}");
}
