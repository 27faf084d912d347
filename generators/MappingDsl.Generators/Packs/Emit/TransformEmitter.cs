using System.Collections.Generic;
using System.Linq;
using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Packs.Emit;

/// <summary>
/// Emits one <c>{Pair}Transform : IPairTransform</c>: deserialize, key, call the pair method, then write exactly the
/// columns the initializer set, straight-line (no LINQ, reflection, delegates or closures).
/// </summary>
internal static class TransformEmitter
{
    private const string Outcome = "global::MappingDsl.TransformOutcome";
    private const string Json = "global::System.Text.Json.JsonEncodedText";

    private static readonly Dictionary<string, int> PartyMasks = new()
    {
        ["from"] = 1,
        ["to"] = 2,
        ["cc"] = 3,
        ["bcc"] = 4,
        ["requiredattendees"] = 5,
        ["optionalattendees"] = 6,
        ["organizer"] = 7,
        ["resources"] = 10,
        ["customers"] = 11,
    };

    public static bool IsKnownPartyColumn(string logicalName) => PartyMasks.ContainsKey(logicalName);

    public static int PartyMask(string logicalName) => PartyMasks[logicalName];

    public static void Emit(SourceWriter w, PackModel pack, PairModel pair)
    {
        var source = pair.SourceType;
        var typeInfo = "global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<" + source + ">";
        w.Line(GeneratedHeader.GeneratedCodeAttribute);
        w.Open($"private sealed partial class {pair.Name}Transform : global::MappingDsl.IPairTransform");
        w.Line($"private static readonly {typeInfo} __typeInfo = ({typeInfo}){pack.JsonContext}.Default.GetTypeInfo(typeof({source}))!;");
        var writes = Writes(pair);
        foreach (var write in writes)
            Fields(w, write);
        w.Line();
        w.Line($"public string Pair => {Literals.CSharp(pair.Name)};");
        w.Line();
        w.Open($"public {Outcome} Transform(global::System.ReadOnlySpan<byte> json, global::MappingDsl.RecordWriter w)");
        w.Line($"{source}? s;");
        w.Open("try");
        w.Line("s = global::System.Text.Json.JsonSerializer.Deserialize(json, __typeInfo);");
        w.Close();
        w.Open("catch (global::System.Text.Json.JsonException e)");
        w.Line($"return {Outcome}.Rejected(null, \"malformed JSON: \" + e.Message);");
        w.Close();
        w.Line("if (s is null)");
        w.Line($"    return {Outcome}.Rejected(null, \"malformed JSON: the record is null\");");
        w.Line("var key = " + Key(pair.SourceKey!) + ";");
        w.Line("if (string.IsNullOrEmpty(key))");
        w.Line($"    return {Outcome}.Rejected(null, \"no source key\");");
        w.Line("w.Context.BeginRecord();");
        if (pair.Shape == PairShape.DocumentationOnly)
            w.Line($"w.Context.CellCulture = {CellCulture(pack)};");
        w.Line($"{pair.ReturnType} r;");
        w.Open("try");
        w.Line($"r = {pack.FullName}.{CodeText.Identifier(pair.Name)}(s, w.Context);");
        w.Close();
        w.Open("catch (global::MappingDsl.UnmappedValueException e)");
        w.Line($"return {Outcome}.Rejected(key, e.Message);");
        w.Close();
        w.Open("catch (global::System.Exception e)");
        w.Line($"return {Outcome}.Rejected(key, e.GetType().Name + \": \" + e.Message);");
        w.Close();
        switch (pair.Shape)
        {
            case PairShape.DocumentationOnly:
                w.Line("w.AddInventory(r, key);");
                break;
            case PairShape.Split:
                var first = true;
                foreach (var write in writes)
                {
                    var member = write.Branch == 1 ? "First" : "Second";
                    w.Line($"{(first ? "" : "else ")}if (r.{member} is {{ }} t{write.Branch})");
                    w.Line($"    Write{write.Branch}(t{write.Branch}, key, w);");
                    first = false;
                }
                w.Line("else");
                w.Line($"    return {Outcome}.Rejected(key, \"the pair produced no record\");");
                break;
            default:
                w.Line($"Write{writes[0].Branch}(r, key, w);");
                break;
        }
        w.Line($"return {Outcome}.Written(key);");
        w.Close();
        foreach (var write in writes)
            WriteMethod(w, pair, write);
        w.Close();
    }

    /// <summary>One write method per target type: the union of what its creations set, in first-set order.</summary>
    private sealed record Write(int Branch, EntityModel Entity, List<ColumnModel> Columns);

    private static List<Write> Writes(PairModel pair)
    {
        var writes = new List<Write>();
        foreach (var record in pair.Records)
        {
            if (record.Entity is not { } entity)
                continue;
            var write = writes.FirstOrDefault(x => x.Branch == record.Branch);
            if (write is null)
                writes.Add(write = new Write(record.Branch, entity, new List<ColumnModel>()));
            foreach (var assignment in record.Assignments)
            {
                if (assignment.Column is { LeftOut: false } column && write.Columns.All(c => c.LogicalName != column.LogicalName))
                    write.Columns.Add(column);
            }
        }
        return writes;
    }

    private static string CellCulture(PackModel pack) => pack.InventoryCulture.Length == 0
        ? "global::System.Globalization.CultureInfo.InvariantCulture"
        : $"global::System.Globalization.CultureInfo.GetCultureInfo({Literals.CSharp(pack.InventoryCulture)})";

    private static string Key(SourceKeyModel key)
    {
        var member = "s." + CodeText.Identifier(key.Member);
        if (key.IsString)
            return member;
        return key.IsNullableValue
            ? member + "?.ToString(global::System.Globalization.CultureInfo.InvariantCulture)"
            : member + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)";
    }

    private static void Fields(SourceWriter w, Write write)
    {
        var e = write.Entity;
        w.Line($"private static readonly global::MappingDsl.TableInfo __table{write.Branch} = new({Literals.CSharp(e.LogicalName)}, {Literals.CSharp(e.EntitySetName)}, {Literals.CSharp(e.PrimaryId)});");
        foreach (var column in write.Columns)
        {
            var name = $"__c{write.Branch}_{CodeText.Safe(column.LogicalName)}";
            if (column.Type is "Lookup" or "Owner")
            {
                var targets = column.IsCustom
                    ? new[] { $"new global::MappingDsl.LookupTarget({Literals.CSharp(column.CustomTarget)}, {Literals.CSharp(column.Property)})" }
                    : column.Targets.Split(';').Where(t => t.Length > 0).Select(t => t.Split(':')).Where(p => p.Length >= 2)
                        .Select(p => $"new global::MappingDsl.LookupTarget({Literals.CSharp(p[0])}, {Literals.CSharp(p[1])})").ToArray();
                w.Line($"private static readonly global::MappingDsl.LookupColumn {name} = new({Literals.CSharp(column.LogicalName)}{string.Concat(targets.Select(t => ", " + t))});");
            }
            else if (column.ChoiceList.Length > 0)
            {
                w.Line($"private static readonly {Json} {name} = {Json}.Encode({Literals.CSharp(column.LogicalName)});");
                var options = ManifestWriter.Options(column.Options).Select(o => $"[{Literals.CSharp(o.Label)}] = {o.Value}");
                w.Line($"private static readonly global::System.Collections.Generic.Dictionary<string, int> __o{write.Branch}_{CodeText.Safe(column.LogicalName)} = new(global::System.StringComparer.Ordinal) {{ {string.Join(", ", options)} }};");
            }
            else if (column.Type is not ("Owner" or "PartyList" or "State") && !(column.Type == "Status" && write.Columns.Any(c => c.Type == "State")))
            {
                w.Line($"private static readonly {Json} {name} = {Json}.Encode({Literals.CSharp(column.LogicalName)});");
            }
        }
    }

    private static void WriteMethod(SourceWriter w, PairModel pair, Write write)
    {
        w.Line();
        w.Open($"private static void Write{write.Branch}({write.Entity.Type} t, string key, global::MappingDsl.RecordWriter w)");
        w.Line($"w.Begin({Literals.CSharp(pair.Name)}, __table{write.Branch}, __sourceIdColumn, key);");
        if (write.Columns.Any(c => c.Type == "DateOnly"))
            w.Line("global::System.Span<char> buffer = stackalloc char[16];");
        var state = write.Columns.FirstOrDefault(c => c.Type == "State");
        var index = 0;
        foreach (var column in write.Columns)
        {
            index++;
            if (column.Type == "State" || (column.Type == "Status" && state is not null))
                continue;
            Column(w, write.Branch, column, index);
        }
        if (state is not null)
        {
            var status = write.Columns.FirstOrDefault(c => c.Type == "Status");
            w.Line($"w.SetState((int?)t.{CodeText.Identifier(state.Property)}, {(status is null ? "null" : "(int?)t." + CodeText.Identifier(status.Property))});");
        }
        w.Line("w.End();");
        w.Close();
    }

    private static void Column(SourceWriter w, int branch, ColumnModel column, int index)
    {
        var value = "t." + CodeText.Identifier(column.Property);
        var name = $"__c{branch}_{CodeText.Safe(column.LogicalName)}";
        var v = "v" + index;
        if (column.ChoiceList.Length > 0)
        {
            w.Line($"w.Choices({name}, {Literals.CSharp(column.LogicalName)}, __o{branch}_{CodeText.Safe(column.LogicalName)}, {value});");
            return;
        }
        switch (column.Type)
        {
            case "Lookup":
                w.Line($"w.Lookup({name}, {value});");
                return;
            case "Owner":
                w.Line($"w.Owner({name}, {value});");
                return;
            case "PartyList":
                w.Line($"w.Parties({PartyMasks[column.LogicalName]}, {value});");
                return;
            case "String" or "Memo" or "EntityName":
                w.Line($"w.Json.WriteString({name}, {value});");
                return;
            case "Integer" or "BigInt" or "Decimal" or "Money" or "Double":
                Nullable(w, column, value, v, name, $"w.Json.WriteNumber({name}, {{0}});");
                return;
            case "Boolean":
                Nullable(w, column, value, v, name, $"w.Json.WriteBoolean({name}, {{0}});");
                return;
            case "DateTime":
                Nullable(w, column, value, v, name, $"w.Json.WriteString({name}, {{0}}.ToUniversalTime());");
                return;
            case "Uniqueidentifier":
                Nullable(w, column, value, v, name, $"w.Json.WriteString({name}, {{0}});");
                return;
            case "DateOnly":
                Nullable(w, column, value, v, name,
                    $"w.Json.WriteString({name}, {{0}}.TryFormat(buffer, out var n{index}, \"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture) ? buffer.Slice(0, n{index}) : default);");
                return;
            case "MultiSelectPicklist":
                w.Open($"if ({value} is {{ }} {v})");
                w.Line("var text = new global::System.Text.StringBuilder();");
                w.Open($"for (var i = 0; i < {v}.Count; i++)");
                w.Line("if (i > 0)");
                w.Line("    text.Append(',');");
                w.Line($"text.Append((int){v}[i]);");
                w.Close();
                w.Line($"w.Json.WriteString({name}, text.ToString());");
                w.Close();
                w.Line("else");
                w.Line($"    w.Json.WriteNull({name});");
                return;
            default:
                Nullable(w, column, value, v, name, $"w.Json.WriteNumber({name}, (int){{0}});");
                return;
        }
    }

    private static void Nullable(SourceWriter w, ColumnModel column, string value, string v, string name, string format)
    {
        if (!column.Nullable)
        {
            w.Line(string.Format(format, value));
            return;
        }
        w.Line($"if ({value} is {{ }} {v})");
        w.Line("    " + string.Format(format, v));
        w.Line("else");
        w.Line($"    w.Json.WriteNull({name});");
    }
}
