using System.Text;
using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Entities;

/// <summary>
/// Completes a <c>[CustomTable]</c> class the way the snapshot's tables are generated: <c>[Table]</c> and
/// <see cref="T:MappingDsl.IDataverseEntity"/>, with the names Dataverse gives a new table (logical name = lower-case
/// schema name, entity set = logical name + "s", primary key = logical name + "id").
/// </summary>
internal static class CustomTableEmitter
{
    public static string HintName(CustomTablePartialModel table)
    {
        var name = new StringBuilder(table.MetadataName.Length);
        foreach (var c in table.MetadataName.Replace("global::", ""))
            name.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
        return name + ".CustomTable.g.cs";
    }

    public static string Emit(CustomTablePartialModel table)
    {
        var entitySet = table.LogicalName + "s";
        var w = new SourceWriter();
        GeneratedHeader.Header(w);
        if (table.Namespace.Length > 0)
        {
            w.Line($"namespace {table.Namespace};");
            w.Line();
        }
        foreach (var outer in table.ContainingTypes)
            w.Open(outer);
        w.Line($"[global::MappingDsl.Table({Literals.CSharp(table.LogicalName)}, {Literals.CSharp(entitySet)}, " +
               $"PrimaryId = {Literals.CSharp(table.LogicalName + "id")}, PrimaryName = {Literals.CSharp(table.PrimaryName)}, " +
               "Ownership = \"UserOwned\", IsActivity = false)]");
        w.Open($"partial class {table.Declaration} : global::MappingDsl.IDataverseEntity");
        w.Line($"/// <summary>The table's logical name, <c>{XmlDoc.Escape(table.LogicalName)}</c>.</summary>");
        // On the members, not the class: the class is the user's code and analyzers should keep looking at it.
        w.Line(GeneratedHeader.GeneratedCodeAttribute);
        w.Line($"public static string LogicalName => {Literals.CSharp(table.LogicalName)};");
        w.Line();
        w.Line($"/// <summary>The Web API entity set, <c>{XmlDoc.Escape(entitySet)}</c>.</summary>");
        w.Line(GeneratedHeader.GeneratedCodeAttribute);
        w.Line($"public static string EntitySetName => {Literals.CSharp(entitySet)};");
        w.Close();
        foreach (var _ in table.ContainingTypes)
            w.Close();
        return w.ToString();
    }
}
