using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Entities;

/// <summary>
/// Writes a <c>[DiscoveredColumns]</c> class's generated partial: one typed <c>[CustomColumn]</c> per key of the
/// group's object that discovery found in more than the threshold share of records, and the write-only
/// <c>Properties</c> member that spreads an object over them (values of another type than the column's, and every
/// other key, go to the rest column as JSON, so nothing is lost).
/// </summary>
internal static class DiscoveredColumnsEmitter
{
    /// <summary>A column the class gets, or a key that cannot be one (its reason set).</summary>
    internal sealed record Column(string Key, string Property, string Type, string ClrType, string Attribute, double Frequency, string? Problem);

    public static string HintName(DiscoveredColumnsModel model)
    {
        var name = new System.Text.StringBuilder();
        foreach (var c in model.MetadataName.Replace("global::", ""))
            name.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
        return name + ".DiscoveredColumns.g.cs";
    }

    /// <summary>The keys above the threshold, in key order, each typed from its profile.</summary>
    public static List<Column> Columns(DiscoveredColumnsModel model, IEnumerable<ProfiledField> fields)
    {
        var prefix = model.Path.Length == 0 ? "" : model.Path + ".";
        var columns = new List<Column>();
        foreach (var field in fields.Where(f => f.Group == model.Group && f.Path.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var key = field.Path.Substring(prefix.Length);
            // Nested paths (data.experiment.arm) stay inside their top-level key, which the rest column keeps.
            if (key.Length == 0 || key.IndexOf('.') >= 0 || field.Frequency <= model.Threshold)
                continue;
            var property = model.Prefix + key;
            var problem = !IsIdentifier(key) ? "its name is not a valid column name"
                : model.Members.Contains(property) ? $"the class already declares '{property}'"
                : null;
            var (type, clr, attribute) = field.Type switch
            {
                "boolean" => ("Boolean", "bool", "ColumnType.Boolean"),
                "integer" => ("BigInt", "long", "ColumnType.BigInt"),
                "decimal" => ("Decimal", "decimal", "ColumnType.Decimal, Precision = 10"),
                "date" or "datetime" => ("DateTime", "global::System.DateTimeOffset", "ColumnType.DateTime"),
                "string" => ("String", "string", "ColumnType.String, MaxLength = 4000"),
                _ => ("Memo", "string", "ColumnType.Memo, MaxLength = 100000"),
            };
            columns.Add(new Column(key, property, type, clr, attribute, field.Frequency, problem));
        }
        return columns;
    }

    public static string Emit(DiscoveredColumnsModel model, List<Column> columns)
    {
        var usable = columns.Where(c => c.Problem is null).ToList();
        var w = new SourceWriter();
        GeneratedHeader.Header(w);
        if (model.Namespace.Length > 0)
        {
            w.Line($"namespace {model.Namespace};");
            w.Line();
        }
        w.Open($"partial class {model.Declaration}");
        foreach (var column in usable)
        {
            var percent = (column.Frequency * 100).ToString("0.#", CultureInfo.InvariantCulture);
            w.Line($"/// <summary>Discovered key <c>{XmlDoc.Escape(model.Path + "." + column.Key)}</c> ({column.Type}, in {percent} % of the {XmlDoc.Escape(model.Group)} records).</summary>");
            w.Line($"[global::MappingDsl.CustomColumn(global::MappingDsl.{column.Attribute}, Label = {Literals.CSharp(column.Key)})]");
            w.Line($"[global::MappingDsl.DiscoveredColumn({Literals.CSharp(column.Key)})]");
            w.Line(GeneratedHeader.GeneratedCodeAttribute);
            w.Line($"public {column.ClrType}? {column.Property} {{ get; set; }}");
            w.Line();
        }
        w.Line($"/// <summary>");
        w.Line($"/// Spreads a record's <c>{XmlDoc.Escape(model.Path)}</c> object over the discovered columns; every other key, and a value of");
        w.Line($"/// another type than its column's, goes to <c>{XmlDoc.Escape(model.Rest)}</c> as a JSON object (null when there is none).");
        w.Line($"/// </summary>");
        w.Line("[global::MappingDsl.SpreadsDiscoveredColumns]");
        w.Line(GeneratedHeader.GeneratedCodeAttribute);
        w.Open("public global::System.Text.Json.JsonElement? Properties");
        w.Open("set");
        foreach (var column in usable)
            w.Line($"{column.Property} = null;");
        w.Line($"{model.Rest} = null;");
        w.Line("if (value is not { ValueKind: global::System.Text.Json.JsonValueKind.Object } properties)");
        w.Line("    return;");
        w.Line("var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();");
        w.Line("var rest = 0;");
        w.Open("using (var json = new global::System.Text.Json.Utf8JsonWriter(buffer))");
        w.Line("json.WriteStartObject();");
        w.Open("foreach (var p in properties.EnumerateObject())");
        w.Line("var v = p.Value;");
        foreach (var column in usable)
        {
            var name = Literals.CSharp(column.Key);
            var (test, assign) = column.Type switch
            {
                "Boolean" => ("v.ValueKind is global::System.Text.Json.JsonValueKind.True or global::System.Text.Json.JsonValueKind.False", "v.GetBoolean()"),
                "BigInt" => ("v.ValueKind == global::System.Text.Json.JsonValueKind.Number && v.TryGetInt64(out _)", "v.GetInt64()"),
                "Decimal" => ("v.ValueKind == global::System.Text.Json.JsonValueKind.Number && v.TryGetDecimal(out _)", "v.GetDecimal()"),
                "DateTime" => ("v.ValueKind == global::System.Text.Json.JsonValueKind.String && global::System.DateTimeOffset.TryParse(v.GetString(), global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.AssumeUniversal, out _)",
                    "global::System.DateTimeOffset.Parse(v.GetString()!, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.AssumeUniversal)"),
                "String" => ("v.ValueKind == global::System.Text.Json.JsonValueKind.String && v.GetString()!.Length <= 4000", "v.GetString()"),
                _ => ("v.ValueKind != global::System.Text.Json.JsonValueKind.Null", "v.GetRawText()"),
            };
            w.Open($"if (p.NameEquals({name}) && {test})");
            w.Line($"{column.Property} = {assign};");
            w.Line("continue;");
            w.Close();
        }
        w.Line("p.WriteTo(json);");
        w.Line("rest++;");
        w.Close();
        w.Line("json.WriteEndObject();");
        w.Close();
        w.Line("if (rest > 0)");
        w.Line($"    {model.Rest} = global::System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);");
        w.Close();
        w.Close();
        w.Line();
        w.Line("/// <summary>The discovered keys that have a column, in key order.</summary>");
        w.Line(GeneratedHeader.GeneratedCodeAttribute);
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> DiscoveredKeys {{ get; }} = new string[] {{ {string.Join(", ", usable.Select(c => Literals.CSharp(c.Key)))} }};");
        w.Close();
        return w.ToString();
    }

    private static bool IsIdentifier(string key)
    {
        if (key.Length == 0 || !(char.IsLetter(key[0]) || key[0] == '_'))
            return false;
        foreach (var c in key)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
                return false;
        }
        return true;
    }
}
