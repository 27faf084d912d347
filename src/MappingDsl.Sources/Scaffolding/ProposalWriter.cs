using System.Globalization;
using System.Text;

namespace MappingDsl.Sources.Scaffolding;

/// <summary>
/// Writes a <see cref="PackProposal"/> as a customer folder's source files (schema project custom columns, source
/// record classes, one file per pair, the pack class) plus <c>scaffold-report.md</c>. Every proposed line carries a
/// <c>// proposed</c> comment with its confidence, score and reason; the engineer confirms a line by deleting that comment.
/// </summary>
public static class ProposalWriter
{
    /// <summary>The marker on every proposed line.</summary>
    public const string Marker = "// proposed";

    /// <summary>The files, by path relative to the output folder (forward slashes), in a stable order.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="name">The customer folder's project name prefix (for example <c>Salesmate</c>).</param>
    /// <param name="comparison">An optional comparison with an existing pack, added to the report.</param>
    public static SortedDictionary<string, string> Files(PackProposal proposal, string name, Comparison? comparison = null)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pack = $"{name}.Pack";
        foreach (var group in proposal.Columns.GroupBy(c => c.SchemaClass))
            files[$"{name}.Schema/Custom/{group.Key}.cs"] = SchemaClass(proposal, group.Key, group.ToList());
        if (Choices(proposal) is { Length: > 0 } choices)
            files[$"{name}.Schema/Custom/{name}Choices.cs"] = choices;
        foreach (var pair in proposal.Pairs)
        {
            files[$"{pack}/Source/{pair.SourceType}.cs"] = SourceClass(pack, pair);
            files[$"{pack}/Pairs/{pair.Name}.cs"] = PairFile(proposal, pack, pair);
        }
        files[$"{pack}/{proposal.Pack}.cs"] = PackFile(proposal, pack);
        files[$"{pack}/Source/{proposal.DisplayName}Json.cs"] = JsonFile(proposal, pack);
        files["scaffold-report.md"] = ProposalReport.Markdown(proposal, comparison);
        return files;
    }

    private static string SchemaClass(PackProposal proposal, string schemaClass, List<ProposedColumn> columns)
    {
        var w = new StringBuilder();
        w.AppendLine("namespace MappingDsl.Entities;").AppendLine();
        var table = columns[0].Table;
        if (proposal.CustomTables.Contains(table))
        {
            w.AppendLine($"/// <summary>Proposed custom table {table}: no standard table holds these records.</summary>");
            w.AppendLine($"[global::MappingDsl.CustomTable(\"{proposal.Publisher}_{schemaClass}\", \"{schemaClass}\", \"{schemaClass}s\", PrimaryName = \"{proposal.Publisher}_Name\")] {Marker}");
            w.AppendLine($"public sealed partial class {schemaClass}").AppendLine("{");
            w.AppendLine("    /// <summary>The record's name.</summary>");
            w.AppendLine("    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = \"Name\")]");
            w.AppendLine($"    public string? {proposal.Publisher}_Name {{ get; set; }}").AppendLine();
        }
        else
        {
            w.AppendLine($"/// <summary>Proposed {proposal.Source} columns on {table}.</summary>");
            w.AppendLine($"public partial class {schemaClass}").AppendLine("{");
        }
        foreach (var c in columns)
        {
            var extra = c.ColumnType switch
            {
                "String" => ", MaxLength = 200",
                "Memo" => ", MaxLength = 4000",
                "Lookup" => $", Target = \"{c.LookupTarget}\"",
                _ => "",
            };
            w.AppendLine($"    /// <summary>Holds {proposal.Source} field <c>{c.SourceField}</c>.</summary>");
            w.AppendLine($"    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.{c.ColumnType}, Label = \"{c.Label}\"{extra})] {Marker}: no standard column matched");
            w.AppendLine($"    public {c.ClrType} {c.Property} {{ get; set; }}").AppendLine();
        }
        return w.ToString().TrimEnd() + Environment.NewLine + "}" + Environment.NewLine;
    }

    private static string Choices(PackProposal proposal)
    {
        var w = new StringBuilder();
        foreach (var matrix in proposal.Matrices.Where(m => !m.ReturnType.Contains('.', StringComparison.Ordinal) && !m.Method.EndsWith("Route", StringComparison.Ordinal)))
        {
            w.AppendLine($"/// <summary>Options of {matrix.Discovered}, one per discovered value.</summary>");
            w.AppendLine($"public enum {matrix.ReturnType}").AppendLine("{");
            for (var i = 0; i < matrix.Rows.Count; i++)
            {
                w.AppendLine($"    /// <summary>{matrix.Rows[i].Value}.</summary>");
                w.AppendLine($"    {Scaffolder.OptionMember(matrix.Rows[i].Value)} = {(100000000 + i).ToString(CultureInfo.InvariantCulture)},");
            }
            w.AppendLine("}").AppendLine();
        }
        return w.Length == 0 ? "" : "namespace MappingDsl.Entities;" + Environment.NewLine + Environment.NewLine + w.ToString().TrimEnd() + Environment.NewLine;
    }

    private static string SourceClass(string pack, ProposedPair pair)
    {
        var w = new StringBuilder();
        w.AppendLine("using System.Text.Json.Serialization;").AppendLine();
        w.AppendLine($"namespace {pack}.Source;").AppendLine();
        w.AppendLine($"/// <summary>A {pair.SourceObject} record (<c>{pair.Module}</c> module), as the source sends it.</summary>");
        w.AppendLine($"public sealed class {pair.SourceType}").AppendLine("{");
        foreach (var f in pair.Fields)
        {
            w.AppendLine($"    /// <summary>{(f.Label is null ? f.Name : $"Custom field \"{f.Label}\" ({f.CustomType})")}{(f.Values.Count > 0 ? ": " + string.Join(", ", f.Values) : "")}.</summary>");
            var key = f.Kind == FieldKind.Id ? "[MappingDsl.SourceKey] " : "";
            w.AppendLine($"    {key}[JsonPropertyName(\"{f.Name}\")] public {ClrType(f)} {Scaffolder.Pascal(f.Name)} {{ get; init; }}");
        }
        w.AppendLine("}");
        return w.ToString();
    }

    private static string ClrType(FieldShape f) => f.Kind switch
    {
        FieldKind.Id => "long",
        FieldKind.Integer => "long?",
        FieldKind.Decimal or FieldKind.Money => "decimal?",
        FieldKind.Boolean => "bool?",
        FieldKind.Date => "DateOnly?",
        FieldKind.DateTime => "DateTimeOffset?",
        FieldKind.User => "SourceRef?",
        FieldKind.Reference => f.ScalarId ? "long?" : "SourceRef?",
        FieldKind.Parties => "SourceRef[]?",
        _ => "string?",
    };

    private static string PairFile(PackProposal proposal, string pack, ProposedPair pair)
    {
        var w = new StringBuilder();
        w.AppendLine("using MappingDsl.Entities;");
        w.AppendLine($"using {pack}.Source;").AppendLine();
        w.AppendLine($"namespace {pack};").AppendLine();
        w.AppendLine($"public static partial class {proposal.Pack}").AppendLine("{");
        w.AppendLine($"    /// <summary>{pair.SourceObject} records become {string.Join(" or ", pair.Targets)}. {Marker}: usual table for this module.</summary>");
        w.AppendLine($"    [Pair(\"{pair.SourceObject}\", Module = \"{pair.Module}\")]");
        foreach (var (field, reason) in pair.Ignored)
            w.AppendLine($"    [Ignore(nameof({pair.SourceType}.{Scaffolder.Pascal(field)}), Reason = \"{reason}\")] {Marker}");
        var classes = pair.TargetClasses;
        if (pair.Targets.Count == 1)
        {
            w.AppendLine($"    public static {classes[0]} {pair.Name}({pair.SourceType} s, MapContext m) => new()");
            Initializer(w, pair, pair.Targets[0], "    ");
            w.AppendLine("    };");
        }
        else
        {
            w.AppendLine($"    public static Split<{string.Join(", ", classes)}> {pair.Name}({pair.SourceType} s, MapContext m) =>");
            w.AppendLine($"        {pair.Name}Route(s.{Scaffolder.Pascal(pair.SplitBy!)}, m) is {pair.Name}Target.{classes[1]} {Marker}: split by {pair.SplitBy}");
            w.AppendLine($"            ? new {classes[1]}");
            Initializer(w, pair, pair.Targets[1], "            ");
            w.AppendLine($"            }}");
            w.AppendLine($"            : new {classes[0]}");
            Initializer(w, pair, pair.Targets[0], "            ");
            w.AppendLine("            };").AppendLine();
            w.AppendLine($"    /// <summary>Where a {pair.SourceObject} record goes.</summary>");
            w.AppendLine($"    public enum {pair.Name}Target").AppendLine("    {");
            foreach (var c in classes)
                w.AppendLine($"        /// <summary>A {c}.</summary>").AppendLine($"        {c},");
            w.AppendLine("    }");
        }
        foreach (var matrix in proposal.Matrices.Where(x => x.Method.StartsWith(pair.Name, StringComparison.Ordinal)))
            Matrix(w, matrix, matrix.Method == pair.Name + "Route" ? $"{pair.Name}Target." : matrix.ReturnType + ".", classes[0]);
        w.AppendLine("}");
        return w.ToString();
    }

    private static void Initializer(StringBuilder w, ProposedPair pair, string target, string indent)
    {
        w.AppendLine(indent + "{");
        foreach (var a in pair.Assignments.Where(a => a.Target == target))
            w.AppendLine(CultureInfo.InvariantCulture, $"{indent}    {a.Property} = {a.Expression}, {Marker}: {a.Confidence} {a.Score:0.00}, {a.Why}");
    }

    private static void Matrix(StringBuilder w, ProposedMatrix matrix, string prefix, string splitDefault)
    {
        var split = prefix.EndsWith("Target.", StringComparison.Ordinal);
        var returns = split ? prefix.TrimEnd('.') : matrix.ReturnType + "?";
        w.AppendLine().AppendLine($"    /// <summary>Discovered values of {matrix.Discovered}: one row each. {Marker}: confirm every row.</summary>");
        w.AppendLine($"    [Picklist(\"{matrix.Method}\", Discovered = \"{matrix.Discovered}\")]");
        w.AppendLine($"    public static {returns} {matrix.Method}(string? v{(split ? ", MapContext m" : "")}) => v switch").AppendLine("    {");
        if (!split)
            w.AppendLine("        null or \"\" => null,");
        foreach (var row in matrix.Rows)
        {
            var option = row.Option is null ? (split ? prefix + splitDefault : "null") : prefix + Scaffolder.OptionMember(row.Option);
            w.AppendLine($"        \"{row.Value}\" => {option}, {Marker}: {row.Why}");
        }
        w.AppendLine(split ? $"        _ => Unmapped.Review(m, v, {prefix}{splitDefault})," : $"        _ => Unmapped.Fail<{returns}>(v),");
        w.AppendLine("    };");
    }

    private static string PackFile(PackProposal proposal, string pack)
    {
        var w = new StringBuilder();
        w.AppendLine($"using {pack}.Source;").AppendLine();
        w.AppendLine($"namespace {pack};").AppendLine();
        w.AppendLine($"/// <summary>Proposed by <c>mapdsl scaffold {proposal.Source}</c>: confirm every <c>{Marker}</c> line (see scaffold-report.md) before any record moves.</summary>");
        w.AppendLine($"[MapPack(\"{proposal.Source}\", Publisher = \"{proposal.Publisher}\", Source = \"{proposal.DisplayName}\", Version = \"0.1.0\", JsonContext = typeof({proposal.DisplayName}Json))]");
        w.AppendLine($"public static partial class {proposal.Pack};");
        return w.ToString();
    }

    private static string JsonFile(PackProposal proposal, string pack)
    {
        var w = new StringBuilder();
        w.AppendLine("using System.Text.Json.Serialization;").AppendLine();
        w.AppendLine($"namespace {pack}.Source;").AppendLine();
        w.AppendLine("/// <summary>Source-generated JSON metadata for every proposed source record type.</summary>");
        w.AppendLine("[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]");
        foreach (var pair in proposal.Pairs)
            w.AppendLine($"[JsonSerializable(typeof({pair.SourceType}))]");
        w.AppendLine($"public sealed partial class {proposal.DisplayName}Json : JsonSerializerContext;").AppendLine();
        w.AppendLine("/// <summary>A record another record points to (users, contacts, companies, recipients).</summary>");
        w.AppendLine("/// <param name=\"Id\">Its id.</param>");
        w.AppendLine("/// <param name=\"Name\">Its name.</param>");
        w.AppendLine("/// <param name=\"Email\">Its email, for users and people.</param>");
        w.AppendLine("public sealed record SourceRef(long Id, string? Name, string? Email);");
        return w.ToString();
    }
}
