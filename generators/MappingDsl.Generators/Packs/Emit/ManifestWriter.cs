using System.Collections.Generic;
using System.Linq;
using System.Text;
using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Packs.Emit;

/// <summary>Writes the <c>ProvisioningManifest</c> JSON (camelCase, enums as strings, indented) for a pack.</summary>
internal static class ManifestWriter
{
    public static string Write(PackModel pack)
    {
        var tables = new List<EntityModel>();
        var columns = new Dictionary<string, List<ColumnModel>>();
        foreach (var record in pack.Pairs.SelectMany(p => p.Records))
        {
            if (record.Entity is not { } entity)
                continue;
            if (!columns.TryGetValue(entity.LogicalName, out var list))
            {
                tables.Add(entity);
                columns[entity.LogicalName] = list = new List<ColumnModel>();
            }
            foreach (var assignment in record.Assignments)
            {
                if (assignment.Column is { IsCustom: true, LeftOut: false } column
                    && column.Property != entity.CustomTable?.PrimaryNameSchemaName
                    && list.All(c => c.LogicalName != column.LogicalName))
                {
                    list.Add(column);
                }
            }
        }

        var prefix = pack.Publisher;
        var json = new StringBuilder();
        json.Append("{\n");
        Property(json, 1, "pack", pack.Name).Append(",\n");
        Property(json, 1, "publisher", prefix).Append(",\n");
        Property(json, 1, "edition", pack.Edition).Append(",\n");

        Array(json, 1, "tables", tables.Where(t => t.CustomTable is not null), (t, level) =>
        {
            var custom = t.CustomTable!;
            Object(json, level, new[]
            {
                ("schemaName", Literals.Json(custom.SchemaName)),
                ("logicalName", Literals.Json(t.LogicalName)),
                ("displayName", Literals.Json(custom.DisplayName)),
                ("pluralName", Literals.Json(custom.PluralName)),
                ("primaryNameSchemaName", Literals.Json(custom.PrimaryNameSchemaName)),
                ("primaryNameMaxLength", custom.PrimaryNameMaxLength.ToString()),
            });
        }).Append(",\n");

        // Where a pack assigns owners, the fallback owner may stand in; the source owner's email is kept beside it.
        var owned = new HashSet<string>(pack.Pairs.SelectMany(p => p.Records)
            .Where(r => r.Entity is not null && r.Assignments.Any(a => a.Column?.LogicalName == "ownerid"))
            .Select(r => r.Entity!.LogicalName));
        var manifestColumns = new List<(string Table, ColumnModel Column)>();
        foreach (var table in tables)
        {
            foreach (var column in columns[table.LogicalName])
                manifestColumns.Add((table.LogicalName, column));
            if (owned.Contains(table.LogicalName))
            {
                manifestColumns.Add((table.LogicalName, PackColumn(prefix, "OriginalOwner", 320, "Original owner (fallback used)")));
            }
            manifestColumns.Add((table.LogicalName, PackColumn(prefix, "SourceId", 100, "Source id")));
        }
        Array(json, 1, "columns", manifestColumns, (c, level) => Column(json, level, c.Table, c.Column, prefix));
        json.Append(",\n");
        Indent(json, 1).Append("\"choices\": [],\n");
        Array(json, 1, "keys", tables, (t, level) =>
        {
            Indent(json, level).Append("{\n");
            Property(json, level + 1, "table", t.LogicalName).Append(",\n");
            Property(json, level + 1, "schemaName", prefix + "_SourceIdKey").Append(",\n");
            Property(json, level + 1, "logicalName", prefix.ToLowerInvariant() + "_sourceidkey").Append(",\n");
            Indent(json, level + 1).Append("\"columns\": [ ").Append(Literals.Json(prefix.ToLowerInvariant() + "_sourceid")).Append(" ]\n");
            Indent(json, level).Append('}');
        }).Append('\n');
        json.Append('}');
        return json.ToString();
    }

    // A text column the pack itself adds to every table it writes (not declared in any entity type).
    private static ColumnModel PackColumn(string prefix, string name, int maxLength, string label) => new()
    {
        Property = prefix + "_" + name,
        LogicalName = (prefix + "_" + name).ToLowerInvariant(),
        Type = "String",
        MaxLength = maxLength,
        IsCustom = true,
        Label = label,
        Nullable = true,
    };

    private static void Column(StringBuilder json, int level, string table, ColumnModel column, string prefix)
    {
        var label = column.Label.Length > 0 ? column.Label
            : column.Property.StartsWith(prefix + "_", System.StringComparison.Ordinal) ? column.Property.Substring(prefix.Length + 1) : column.Property;
        Indent(json, level).Append("{\n");
        Property(json, level + 1, "table", table).Append(",\n");
        Property(json, level + 1, "schemaName", column.Property).Append(",\n");
        Property(json, level + 1, "logicalName", column.LogicalName).Append(",\n");
        Property(json, level + 1, "type", column.Type).Append(",\n");
        Property(json, level + 1, "label", label).Append(",\n");
        Indent(json, level + 1).Append("\"maxLength\": ").Append(column.MaxLength).Append(",\n");
        Indent(json, level + 1).Append("\"precision\": ").Append(column.Precision).Append(",\n");
        Array(json, level + 1, "options", Options(column.Options), (o, l) =>
            Object(json, l, new[] { ("value", o.Value.ToString()), ("label", Literals.Json(o.Label)) })).Append(",\n");
        Property(json, level + 1, "globalChoice", "").Append(",\n");
        Property(json, level + 1, "target", column.CustomTarget).Append('\n');
        Indent(json, level).Append('}');
    }

    public static List<(int Value, string Label)> Options(string options)
    {
        var result = new List<(int, string)>();
        foreach (var part in options.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals > 0 && int.TryParse(part.Substring(0, equals).Trim(), out var value))
                result.Add((value, part.Substring(equals + 1).Trim()));
        }
        return result;
    }

    private static StringBuilder Array<T>(StringBuilder json, int level, string name, IEnumerable<T> items, System.Action<T, int> write)
    {
        Indent(json, level).Append('"').Append(name).Append("\": [");
        var any = false;
        foreach (var item in items)
        {
            json.Append(any ? ",\n" : "\n");
            write(item, level + 1);
            any = true;
        }
        if (any)
            Indent(json.Append('\n'), level);
        return json.Append(']');
    }

    private static void Object(StringBuilder json, int level, (string Name, string Value)[] properties)
    {
        Indent(json, level).Append("{\n");
        for (var i = 0; i < properties.Length; i++)
        {
            Indent(json, level + 1).Append('"').Append(properties[i].Name).Append("\": ").Append(properties[i].Value);
            json.Append(i + 1 < properties.Length ? ",\n" : "\n");
        }
        Indent(json, level).Append('}');
    }

    private static StringBuilder Property(StringBuilder json, int level, string name, string value) =>
        Indent(json, level).Append('"').Append(name).Append("\": ").Append(Literals.Json(value));

    private static StringBuilder Indent(StringBuilder json, int level) => json.Append(' ', level * 2);
}
