using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Entities;

/// <summary>Writes one table's entity type: <c>[Table]</c>, the static names, one <c>[Column]</c> property per writable column.</summary>
internal static class EntityEmitter
{
    /// <summary>Members every entity has, or inherits from object, which a column must not hide.</summary>
    private static readonly string[] Reserved =
        ["LogicalName", "EntitySetName", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize"];

    public static string HintName(TableModel table) => Identifiers.FromSchemaName(table.SchemaName) + ".g.cs";

    public static string Emit(TableModel table)
    {
        var className = Identifiers.Escape(Identifiers.FromSchemaName(table.SchemaName));
        var taken = new HashSet<string>(Reserved, StringComparer.Ordinal) { className.TrimStart('@') };
        var properties = table.Columns.Select(column => PropertyName(column, className.TrimStart('@'), taken)).ToArray();
        var enums = table.Columns.Select((column, i) => HasOptions(column.Kind)
            ? Identifiers.Unique(properties[i].TrimStart('@') + "Option", taken)
            : null).ToArray();

        var w = new SourceWriter();
        GeneratedHeader.Header(w);
        w.Line("namespace MappingDsl.Entities;");
        w.Line();
        w.Line($"/// <summary>{XmlDoc.Summary(table.DisplayName, table.Description, table.SchemaName)}</summary>");
        w.Line(GeneratedHeader.GeneratedCodeAttribute);
        w.Line($"[global::MappingDsl.Table({Literals.CSharp(table.LogicalName)}, {Literals.CSharp(table.EntitySetName)}, " +
               $"PrimaryId = {Literals.CSharp(table.PrimaryId)}, PrimaryName = {Literals.CSharp(table.PrimaryName)}, " +
               $"Ownership = {Literals.CSharp(table.Ownership)}, IsActivity = {(table.IsActivity ? "true" : "false")})]");
        w.Open($"public sealed partial class {className} : global::MappingDsl.IDataverseEntity");
        w.Line($"/// <summary>The table's logical name, <c>{XmlDoc.Escape(table.LogicalName)}</c>.</summary>");
        w.Line($"public static string LogicalName => {Literals.CSharp(table.LogicalName)};");
        w.Line();
        w.Line($"/// <summary>The Web API entity set, <c>{XmlDoc.Escape(table.EntitySetName)}</c>.</summary>");
        w.Line($"public static string EntitySetName => {Literals.CSharp(table.EntitySetName)};");
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            w.Line();
            w.Line($"/// <summary>{XmlDoc.Summary(column.DisplayName, column.Description, column.SchemaName)}</summary>");
            w.Line(ColumnAttribute(column));
            w.Line($"public {PropertyType(column, enums[i])} {properties[i]} {{ get; set; }}");
        }
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (enums[i] is { } enumName)
                EmitOptions(w, table.Columns[i], properties[i], enumName);
        }
        w.Close();
        return w.ToString();
    }

    private static string PropertyName(SnapshotColumnModel column, string className, HashSet<string> taken)
    {
        var name = Identifiers.FromSchemaName(column.SchemaName);
        if (name == className)
            name += "Value";
        return Identifiers.Escape(Identifiers.Unique(name, taken));
    }

    private static bool HasOptions(ColumnKind kind) =>
        kind is ColumnKind.Picklist or ColumnKind.MultiSelectPicklist or ColumnKind.State or ColumnKind.Status;

    private static string ColumnAttribute(SnapshotColumnModel column)
    {
        var text = $"[global::MappingDsl.Column({Literals.CSharp(column.LogicalName)}, global::MappingDsl.ColumnType.{column.Kind}";
        if (column.MaxLength != 0)
            text += ", MaxLength = " + column.MaxLength.ToString(CultureInfo.InvariantCulture);
        if (column.Precision != 0)
            text += ", Precision = " + column.Precision.ToString(CultureInfo.InvariantCulture);
        if (column.RequiredLevel != "None")
            text += ", Required = global::MappingDsl.RequiredLevel." + column.RequiredLevel;
        if (!column.ValidForCreate)
            text += ", ValidForCreate = false";
        if (!column.ValidForUpdate)
            text += ", ValidForUpdate = false";
        if (column.Targets.Count > 0)
        {
            var targets = string.Join(";", column.Targets.Select(t => $"{t.LogicalName}:{t.NavigationProperty}:{t.EntitySet}"));
            text += ", Targets = " + Literals.CSharp(targets);
        }
        return text + ")]";
    }

    private static string PropertyType(SnapshotColumnModel column, string? enumName) => column.Kind switch
    {
        ColumnKind.String or ColumnKind.Memo or ColumnKind.EntityName => "string?",
        ColumnKind.Integer => "int?",
        ColumnKind.BigInt => "long?",
        ColumnKind.Decimal or ColumnKind.Money => "decimal?",
        ColumnKind.Double => "double?",
        ColumnKind.Boolean => "bool?",
        ColumnKind.DateTime => "global::System.DateTimeOffset?",
        ColumnKind.DateOnly => "global::System.DateOnly?",
        ColumnKind.Uniqueidentifier => "global::System.Guid?",
        ColumnKind.Lookup => "global::MappingDsl.LookupRef?",
        ColumnKind.Owner => "global::MappingDsl.OwnerRef?",
        ColumnKind.PartyList => "global::System.Collections.Generic.IReadOnlyList<global::MappingDsl.PartyRef>?",
        ColumnKind.MultiSelectPicklist => $"global::System.Collections.Generic.IReadOnlyList<{enumName}>?",
        ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => enumName + "?",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "No property type for this column kind"),
    };

    private static void EmitOptions(SourceWriter w, SnapshotColumnModel column, string property, string enumName)
    {
        w.Line();
        w.Line($"/// <summary>Options of <see cref=\"{property}\"/>.</summary>");
        w.Open($"public enum {enumName}");
        var taken = new HashSet<string>(StringComparer.Ordinal) { enumName, "value__" };
        foreach (var option in column.Options)
        {
            var value = option.Value.ToString(CultureInfo.InvariantCulture);
            var suffix = option.Value < 0 ? "Minus" + value.Substring(1) : value;
            var name = Identifiers.FromLabel(option.Label);
            if (name.Length == 0)
                name = "Value" + suffix;
            else if (taken.Contains(name))
                name += suffix;
            name = Identifiers.Unique(name, taken);
            w.Line($"/// <summary>{XmlDoc.Escape(option.Label.Length == 0 ? "(no label)" : option.Label)}</summary>");
            w.Line($"{name} = {value},");
        }
        w.Close();
    }
}
