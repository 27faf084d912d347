using System.Collections.Generic;
using System.Linq;
using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Packs.Emit;

/// <summary>Emits <c>{Pack}.g.cs</c>: the transforms, the lazily built catalog and the registry's module initializer.</summary>
internal static class PackEmitter
{
    private const string CatalogNs = "global::MappingDsl.Catalog";

    public static GeneratedFile Emit(PackModel pack)
    {
        var w = new SourceWriter();
        GeneratedHeader.Header(w);
        if (pack.Namespace.Length > 0)
            w.Open("namespace " + pack.Namespace);
        w.Open($"partial class {pack.ClassName}");
        // On the members, not the class: the class is the user's code and analyzers should keep looking at it.
        w.Line(GeneratedHeader.GeneratedCodeAttribute);
        w.Line($"private static readonly global::System.Text.Json.JsonEncodedText __sourceIdColumn = global::System.Text.Json.JsonEncodedText.Encode({Literals.CSharp(SourceIdColumn(pack))});");
        w.Line(GeneratedHeader.GeneratedCodeAttribute);
        w.Line($"private static readonly global::System.Lazy<{CatalogNs}.MapCatalog> __catalog = new(__BuildCatalog);");
        w.Line();
        w.Line($"/// <summary>The compiled catalog of map pack {Xml(pack.Name)}: pairs, phases, picklist matrices, manifest and transforms.</summary>");
        w.Line(GeneratedHeader.GeneratedCodeAttribute);
        w.Line($"public static {CatalogNs}.MapCatalog Catalog => __catalog.Value;");
        w.Line();
        w.Line("// CA2255 warns libraries off module initializers; registering on load is exactly what the registry is for.");
        w.Line("#pragma warning disable CA2255");
        w.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        w.Line(GeneratedHeader.GeneratedCodeAttribute);
        w.Line($"internal static void __RegisterPack() => {CatalogNs}.MapPackRegistry.Register({Literals.CSharp(pack.Name)}, static () => Catalog);");
        w.Line("#pragma warning restore CA2255");
        w.Line();
        Catalog(w, pack);
        foreach (var pair in pack.Pairs)
        {
            w.Line();
            TransformEmitter.Emit(w, pack, pair);
        }
        w.Close();
        if (pack.Namespace.Length > 0)
            w.Close();
        var hint = (pack.Namespace.Length > 0 ? pack.Namespace + "." : "") + pack.ClassName + ".g.cs";
        return new GeneratedFile(hint, w.ToString());
    }

    public static string SourceIdColumn(PackModel pack) => pack.Publisher.ToLowerInvariant() + "_sourceid";

    private static void Catalog(SourceWriter w, PackModel pack)
    {
        var phases = DependencyGraph.Phases(pack.Pairs.ToList());
        w.Line(GeneratedHeader.GeneratedCodeAttribute);
        w.Open($"private static {CatalogNs}.MapCatalog __BuildCatalog()");
        w.Line($"return new {CatalogNs}.MapCatalog(");
        w.Line($"    {Literals.CSharp(pack.Name)},");
        w.Line($"    {Literals.CSharp(pack.Source)},");
        w.Line($"    {Literals.CSharp(pack.Version)},");
        w.Line($"    {Literals.CSharp(pack.Publisher)},");
        w.Line($"    global::MappingDsl.DataverseEdition.{pack.Edition},");
        w.Line($"    {Literals.CSharp(SourceIdColumn(pack))},");
        w.Line($"    new {CatalogNs}.PairInfo[]");
        w.Line("    {");
        foreach (var pair in pack.Pairs)
            Pair(w, pack, pair, phases[pair.Name]);
        w.Line("    },");
        w.Line($"    new {CatalogNs}.PhaseInfo[]");
        w.Line("    {");
        foreach (var phase in phases.Values.Distinct().OrderBy(p => p))
        {
            var names = pack.Pairs.Where(p => phases[p.Name] == phase).Select(p => p.Name);
            w.Line($"        new {CatalogNs}.PhaseInfo({phase}, {CodeText.StringArray(names)}),");
        }
        w.Line("    },");
        w.Line($"    new {CatalogNs}.PicklistMatrix[]");
        w.Line("    {");
        foreach (var picklist in pack.Picklists)
            Picklist(w, pack, picklist);
        w.Line("    },");
        w.Line($"    {Literals.CSharp(ManifestWriter.Write(pack))},");
        w.Line("    new global::MappingDsl.IPairTransform[]");
        w.Line("    {");
        foreach (var pair in pack.Pairs)
            w.Line($"        {DirectTransformEmitter.Construct(pair)},");
        w.Line("    });");
        w.Close();
    }

    private static void Pair(SourceWriter w, PackModel pack, PairModel pair, int phase)
    {
        var kind = pair.Shape switch
        {
            PairShape.Split => "Split",
            PairShape.DocumentationOnly => "DocumentationOnly",
            _ => "OneToOne",
        };
        var targets = pair.Shape == PairShape.DocumentationOnly
            ? new List<string> { pair.TargetDescription.Length > 0 ? pair.TargetDescription : "inventory" }
            : pair.Records.Where(r => r.Entity is not null).Select(r => r.Entity!.LogicalName).Distinct().ToList();
        w.Line($"        new {CatalogNs}.PairInfo(");
        w.Line($"            {Literals.CSharp(pair.Name)}, {Literals.CSharp(pair.SourceObject)}, {Literals.CSharp(pair.Module)}, {Literals.CSharp(pair.SourceTypeName)},");
        w.Line($"            {CatalogNs}.PairKind.{kind}, {CodeText.StringArray(targets)},");
        w.Line($"            {Literals.CSharp(pair.Description)}, {Literals.CSharp(pair.LossyReason)}, {phase},");
        w.Line($"            {CodeText.StringArray(DependencyGraph.DependsOn(pair))}, {CodeText.StringArray(DependencyGraph.DeferredDependsOn(pair))},");
        w.Line($"            new {CatalogNs}.FieldInfo[]");
        w.Line("            {");
        foreach (var record in pair.Records)
        {
            var target = record.Entity?.LogicalName ?? targets[0];
            foreach (var a in record.Assignments)
            {
                var column = a.Column?.LogicalName ?? a.Property;
                var type = a.Column?.Type ?? "String";
                w.Line($"                new {CatalogNs}.FieldInfo({Literals.CSharp(target)}, {Literals.CSharp(column)}, global::MappingDsl.ColumnType.{type}, {Literals.CSharp(a.Expression)}, {CodeText.StringArray(a.SourceMembers)}, {Literals.CSharp(a.LossyReason)}, {Literals.CSharp(a.Lookup)}),");
            }
        }
        w.Line("            },");
        w.Line($"            new {CatalogNs}.IgnoredMember[]");
        w.Line("            {");
        foreach (var ignored in pair.Ignored)
            w.Line($"                new {CatalogNs}.IgnoredMember({Literals.CSharp(ignored.Member)}, {Literals.CSharp(ignored.Reason)}),");
        w.Line("            },");
        var extras = new List<string>();
        if (pair.SplitMatrix is not null)
            extras.Add($"SplitMatrix = {Literals.CSharp(pack.Picklists.FirstOrDefault(p => p.Method == pair.SplitMatrix)?.Name ?? pair.SplitMatrix)}");
        if (pair.Configures.Count > 0)
            extras.Add($"Configures = {CodeText.StringArray(pair.Configures)}");
        if (pair.Deviation.Length > 0)
            extras.Add($"Deviation = {Literals.CSharp(pair.Deviation)}");
        if (pair.BatchSize is { } batchSize)
            extras.Add($"BatchSize = {batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        w.Line(extras.Count == 0
            ? $"            {Literals.CSharp(pair.SplitCondition)}),"
            : $"            {Literals.CSharp(pair.SplitCondition)}) {{ {string.Join(", ", extras)} }},");
    }

    private static void Picklist(SourceWriter w, PackModel pack, PicklistModel picklist)
    {
        w.Line($"        new {CatalogNs}.PicklistMatrix(");
        w.Line($"            {Literals.CSharp(picklist.Name)}, {Literals.CSharp(picklist.Method)}, {Literals.CSharp(picklist.TargetType)},");
        w.Line($"            new {CatalogNs}.PicklistRow[]");
        w.Line("            {");
        foreach (var row in picklist.Rows)
            w.Line($"                new {CatalogNs}.PicklistRow({CodeText.StringArray(row.SourceValues)}, {Literals.CSharp(row.Target)}),");
        w.Line("            },");
        var splits = pack.Pairs.Where(p => p.SplitMatrix == picklist.Method).Select(p => p.Name).ToList();
        var extras = new List<string>();
        if (picklist.Comparison != "Exact")
            extras.Add($"Comparison = global::MappingDsl.MatrixComparison.{picklist.Comparison}");
        if (splits.Count > 0)
            extras.Add($"Splits = {CodeText.StringArray(splits)}");
        w.Line(extras.Count == 0
            ? $"            {CatalogNs}.UnmappedPolicy.{picklist.Policy}, {Literals.CSharp(picklist.Fallback)}, {Literals.CSharp(picklist.Discovered)}),"
            : $"            {CatalogNs}.UnmappedPolicy.{picklist.Policy}, {Literals.CSharp(picklist.Fallback)}, {Literals.CSharp(picklist.Discovered)}) {{ {string.Join(", ", extras)} }},");
    }

    private static string Xml(string text) =>
        "\"" + text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;") + "\"";
}
