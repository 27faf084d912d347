using System.Globalization;
using System.Text;
using MappingDsl.Sources.Discovery;

namespace MappingDsl.Sources.Scaffolding;

/// <summary>
/// Proposes a map pack from a source's record shapes, its discovery snapshot and the org's metadata: a pair per
/// discovered module to its usual table(s), assignments matched by name, label, synonym and type
/// (<see cref="ColumnMatcher"/>), custom columns for fields nothing matched, and a matrix row per discovered value.
/// Nothing here moves a record: the engineer confirms the proposal first.
/// </summary>
public static class Scaffolder
{
    private const double CustomFieldNeedsScore = 0.95;
    private const double SharedFieldScore = 0.85;
    private const double CustomFieldColumnScore = 0.8;
    private const double NewColumnScore = 0.5;

    /// <summary>Proposes a pack.</summary>
    /// <param name="shape">The source kind's record shapes and usual tables.</param>
    /// <param name="discovery">What discovery found: modules, values in use, custom fields.</param>
    /// <param name="tables">The org metadata snapshot, by logical name.</param>
    public static PackProposal Propose(SourceShape shape, DiscoverySnapshot discovery, IReadOnlyDictionary<string, DataverseTable> tables)
    {
        var pub = shape.Publisher;
        var modules = shape.Modules.Where(m => discovery.Objects.ContainsKey(m.Module)).ToList();
        var pairNames = modules.ToDictionary(m => m.Module, m => Plural(m.SourceObject), StringComparer.Ordinal);
        var targetsOf = modules.ToDictionary(m => m.Module, m => m.Targets, StringComparer.Ordinal);
        IReadOnlyList<string> TablesOf(string module) => targetsOf.TryGetValue(module, out var t) ? t : [];

        var customTables = modules.SelectMany(m => m.Targets).Where(t => !tables.ContainsKey(t)).Distinct().Order(StringComparer.Ordinal).ToList();
        var allTables = new Dictionary<string, DataverseTable>(tables, StringComparer.Ordinal);
        foreach (var t in customTables)
            allTables[t] = CustomTable(t, pub);

        var columns = new SortedDictionary<string, ProposedColumn>(StringComparer.Ordinal);
        var matrices = new List<ProposedMatrix>();
        var decisions = new List<Decision>();
        var pairs = new List<ProposedPair>();
        foreach (var module in modules)
        {
            var pair = pairNames[module.Module];
            var fields = Fields(module, discovery);
            var assignments = new List<ProposedAssignment>();
            var ignored = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var target in module.Targets)
            {
                var table = allTables[target];
                var taken = Match(fields, table, pub, TablesOf);
                foreach (var (field, match) in taken)
                    assignments.Add(Assign(shape, module.Module, pair, field, match, table, pairNames, matrices, decisions));
                foreach (var field in fields.Where(f => taken.All(t => t.Field != f)))
                {
                    if (field.Kind == FieldKind.Id)
                        continue;
                    var reason = IgnoreReason(field, taken);
                    if (reason is not null)
                    {
                        ignored[field.Name] = reason;
                        continue;
                    }
                    if (field.Kind is FieldKind.Parties || (field.Kind == FieldKind.Reference && field.RefersTo == "*"))
                    {
                        decisions.Add(new(pair, $"`{field.Name}` ({field.Kind}) has no {target} column to go to: map it by hand or ignore it with a reason."));
                        continue;
                    }
                    // A reference whose lookup another reference already fills is usually its fallback (deal, else contact).
                    if (field.Kind == FieldKind.Reference && taken.FirstOrDefault(t => t.Field.Kind == FieldKind.Reference
                        && ColumnMatcher.Score(field, t.Match.Column, pub, TablesOf) is { Score: >= ColumnMatcher.Threshold }) is { Field: not null } other)
                    {
                        decisions.Add(new(pair, $"`{field.Name}` could also fill {target}.{other.Match.Column.LogicalName}, which `{other.Field.Name}` fills: combine them ({other.Field.Name} ?? {field.Name}) or ignore it with a reason."));
                        continue;
                    }
                    var column = NewColumn(shape, table, field, TablesOf);
                    columns.TryAdd(column.Table + "." + column.Property, column);
                    var dv = new DataverseColumn(table.LogicalName, column.Property.ToLowerInvariant(), column.Property, column.Label, column.ColumnType, column.LookupTarget is null ? [] : [column.LookupTarget], field.Values);
                    var why = field.CustomType is null
    ? new ColumnMatch(dv, NewColumnScore, "no standard column matched: a custom column keeps the value")
    : new ColumnMatch(dv, CustomFieldColumnScore, $"custom field '{field.Label}' ({field.CustomType}) becomes its own custom column");
                    assignments.Add(Assign(shape, module.Module, pair, field, why, table, pairNames, matrices, decisions) with { NewColumn = true });
                }
            }
            if (module.SplitBy is { } splitBy)
                matrices.Add(SplitMatrix(pair, module, fields.First(f => f.Name == splitBy), allTables));
            pairs.Add(new ProposedPair(pair, module.Module, module.SourceObject, TypePrefix(pub) + Pascal(module.SourceObject), module.Targets, fields, assignments, ignored)
            {
                SplitBy = module.SplitBy,
                TargetClasses = [.. module.Targets.Select(t => TableClass(allTables[t]))],
            });
        }
        foreach (var (module, stats) in discovery.Objects)
        {
            if (shape.InventoryOnly.TryGetValue(module, out var why))
                decisions.Add(new(null, $"`{module}` ({stats.Count} records) is not proposed as a pair: {why}"));
            else if (!targetsOf.ContainsKey(module))
                decisions.Add(new(null, $"`{module}` ({stats.Count} records): no usual Dynamics 365 table is known; decide where it goes."));
        }
        return new PackProposal(shape.Source, shape.DisplayName, shape.DisplayName + "Pack", pub, pairs, [.. columns.Values], customTables, matrices, decisions);
    }

    /// <summary>The module's fields: its shape's, upgraded to choices where discovery saw values, plus its custom fields.</summary>
    /// <param name="module">The module's shape.</param>
    /// <param name="discovery">The snapshot.</param>
    public static IReadOnlyList<FieldShape> Fields(ModuleShape module, DiscoverySnapshot discovery)
    {
        var fields = new List<FieldShape>();
        foreach (var f in module.Fields)
        {
            fields.Add(discovery.Values.TryGetValue(module.Module + "." + f.Name, out var values) && f.Kind == FieldKind.Text
                ? f with { Kind = FieldKind.Choice, Values = values }
                : f);
        }
        // Older snapshots carry no record modules (null): the definition's module, or the shape's custom-field module, decides.
        foreach (var c in discovery.CustomFields.Where(c => c.RecordModules is { Count: > 0 } records
            ? records.Contains(module.Module)
            : c.Module == module.Module || c.Module == module.CustomFieldModule))
        {
            if (fields.Any(f => f.Name == c.Name))
                continue;
            var values = discovery.Values.TryGetValue(module.Module + "." + c.Name, out var seen) ? seen : c.Options ?? [];
            fields.Add(new FieldShape(c.Name, KindOf(c.Type), c.Label) { CustomType = c.Type, Values = values });
        }
        return fields;
    }

    // Greedy over all (field, column) candidates, best first: a column is filled once; a field may fill several
    // columns only by name or synonym (a due date is both the scheduled end and the actual start of a call).
    private static List<(FieldShape Field, ColumnMatch Match)> Match(IReadOnlyList<FieldShape> fields, DataverseTable table, string pub, Func<string, IReadOnlyList<string>> tablesOf)
    {
        var candidates = new List<(int Order, FieldShape Field, ColumnMatch Match)>();
        for (var i = 0; i < fields.Count; i++)
        {
            foreach (var column in table.Columns)
            {
                if (ColumnMatcher.Score(fields[i], column, pub, tablesOf) is { } match && match.Score >= ColumnMatcher.Threshold
                    && (fields[i].CustomType is null || match.Score >= CustomFieldNeedsScore))
                    candidates.Add((i, fields[i], match));
            }
        }
        var taken = new List<(FieldShape, ColumnMatch)>();
        var columnsTaken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, field, match) in candidates.OrderByDescending(c => c.Match.Score).ThenBy(c => c.Order).ThenBy(c => c.Match.Column.LogicalName, StringComparer.Ordinal))
        {
            if (columnsTaken.Contains(match.Column.LogicalName))
                continue;
            if (taken.Any(t => t.Item1 == field) && match.Score < SharedFieldScore)
                continue;
            columnsTaken.Add(match.Column.LogicalName);
            taken.Add((field, match));
        }
        return taken;
    }

    private static string? IgnoreReason(FieldShape field, List<(FieldShape Field, ColumnMatch Match)> taken)
    {
        if (field.Name.StartsWith("lastModified", StringComparison.Ordinal))
            return field.Kind == FieldKind.User ? "Audit: who last changed it in the source" : "Drives delta runs; Dataverse stamps its own modified-on";
        if (field.Kind == FieldKind.User && taken.Any(t => t.Match.Column.Type == "Owner"))
            return "Audit: the owner is mapped from another field (decide whether to keep it)";
        return null;
    }

    private static ProposedAssignment Assign(SourceShape shape, string module, string pair, FieldShape field, ColumnMatch match, DataverseTable table,
        IReadOnlyDictionary<string, string> pairNames, List<ProposedMatrix> matrices, List<Decision> decisions)
    {
        var column = match.Column;
        var p = "s." + Pascal(field.Name);
        string expression;
        switch (field.Kind)
        {
            case FieldKind.User when column.Type == "PartyList":
                expression = $"[m.User({p}?.Email)]";
                break;
            case FieldKind.User:
                expression = $"m.Owner({p}?.Email)";
                break;
            case FieldKind.Reference:
                var refPair = field.RefersTo is { } r && pairNames.TryGetValue(r, out var name) ? name : pairNames.Values.First();
                expression = $"m.Ref({refPair}, {p}{(field.ScalarId ? "" : "?.Id")})";
                break;
            case FieldKind.Email when column.Type == "PartyList":
                expression = $"[m.PartyByEmail({pairNames.Values.FirstOrDefault(n => n.Contains("Contact", StringComparison.Ordinal)) ?? pairNames.Values.First()}, {p})]";
                break;
            case FieldKind.Choice when column.Type == "Boolean":
                var yes = field.Values.FirstOrDefault(v => ColumnMatcher.Normalize(v) is "outgoing" or "yes" or "true") ?? field.Values[0];
                expression = $"{p} == \"{yes}\"";
                decisions.Add(new(pair, $"`{column.LogicalName}` ← `{field.Name}`: true when the value is \"{yes}\"; confirm."));
                break;
            case FieldKind.Choice or FieldKind.MultiChoice when column.Type is "Picklist" or "State" or "Status" or "MultiSelectPicklist":
                var method = pair + Pascal(field.Label ?? field.Name);
                if (matrices.All(x => x.Method != method))
                    matrices.Add(ValueMatrix(shape, method, module, field, column, table));
                expression = $"{method}({p})";
                break;
            case FieldKind.Boolean when column.Type is "State" or "Status":
                var done = column.Options.LastOrDefault(o => o is "Completed" or "Inactive") ?? column.Options.LastOrDefault() ?? "Completed";
                expression = $"{p} == true ? {TableClass(table)}.{Pascal(column.SchemaName)}Option.{OptionMember(done)} : null";
                decisions.Add(new(pair, $"`{column.LogicalName}` ← `{field.Name}`: true becomes {done}; confirm the option for false."));
                break;
            default:
                expression = p;
                break;
        }
        return new ProposedAssignment(table.LogicalName, column.LogicalName, column.SchemaName, field.Name, expression, match.Score, match.Why, false);
    }

    private static ProposedMatrix ValueMatrix(SourceShape shape, string method, string module, FieldShape field, DataverseColumn column, DataverseTable table)
    {
        var custom = column.Options.Count == 0 || column.LogicalName.StartsWith(shape.Publisher + "_", StringComparison.Ordinal);
        var rows = field.Values.Select(v =>
        {
            if (custom)
                return new ProposedMatrixRow(v, v, "custom choice: one option per discovered value");
            var exact = column.Options.FirstOrDefault(o => ColumnMatcher.Normalize(o) == ColumnMatcher.Normalize(v));
            if (exact is not null)
                return new ProposedMatrixRow(v, exact, "same label");
            var near = column.Options.FirstOrDefault(o => ColumnMatcher.Normalize(o).Contains(ColumnMatcher.Normalize(v), StringComparison.Ordinal)
                || ColumnMatcher.Normalize(v).Contains(ColumnMatcher.Normalize(o), StringComparison.Ordinal));
            return near is not null ? new ProposedMatrixRow(v, near, "one label contains the other") : new ProposedMatrixRow(v, null, "no option label matches: decide");
        }).ToList();
        var enumType = custom ? TypePrefix(shape.Publisher) + Pascal(field.Label ?? field.Name) : $"{TableClass(table)}.{Pascal(column.SchemaName)}Option";
        return new ProposedMatrix(method, module + "." + field.Name, enumType, rows);
    }

    private static ProposedMatrix SplitMatrix(string pair, ModuleShape module, FieldShape field, IReadOnlyDictionary<string, DataverseTable> tables)
    {
        // A value routes to the target whose table name it contains ("Lead" → lead); anything else takes the first
        // (default) target and is left for the engineer to decide.
        var rows = field.Values.Select(v =>
        {
            var hit = module.Targets.FirstOrDefault(t => ColumnMatcher.Normalize(v).Contains(t, StringComparison.Ordinal));
            return hit is not null
                ? new ProposedMatrixRow(v, Pascal(tables[hit].SchemaName), "the value names the table")
                : new ProposedMatrixRow(v, null, $"decide: {string.Join(" or ", module.Targets)} (default {module.Targets[0]})");
        }).ToList();
        return new ProposedMatrix(pair + "Route", module.Module + "." + field.Name, pair + "Target", rows);
    }

    private static ProposedColumn NewColumn(SourceShape shape, DataverseTable table, FieldShape field, Func<string, IReadOnlyList<string>> tablesOf)
    {
        var pub = shape.Publisher;
        var label = field.Label ?? Words(field.Name);
        var property = pub + "_" + Pascal(field.Label ?? field.Name);
        var (type, clr, target) = field.Kind switch
        {
            FieldKind.LongText or FieldKind.Tags => ("Memo", "string?", (string?)null),
            FieldKind.Integer => ("Integer", "int?", null),
            FieldKind.Decimal => ("Decimal", "decimal?", null),
            FieldKind.Money => ("Money", "decimal?", null),
            FieldKind.Boolean => ("Boolean", "bool?", null),
            FieldKind.Date => ("DateOnly", "DateOnly?", null),
            FieldKind.DateTime => ("DateTime", "DateTimeOffset?", null),
            FieldKind.Choice when field.CustomType is not null => ("Picklist", TypePrefix(pub) + Pascal(field.Label ?? field.Name) + "?", null),
            FieldKind.MultiChoice => ("MultiSelectPicklist", $"global::System.Collections.Generic.IReadOnlyList<{TypePrefix(pub)}{Pascal(field.Label ?? field.Name)}>?", null),
            FieldKind.Reference => ("Lookup", "global::MappingDsl.LookupRef?", tablesOf(field.RefersTo ?? "").FirstOrDefault()),
            _ => ("String", "string?", null),
        };
        // A new lookup is named after the object it points to: sm_TeamInboxThreadId.
        if (field.Kind == FieldKind.Reference)
            property = pub + "_" + Pascal(shape.Modules.FirstOrDefault(m => m.Module == field.RefersTo)?.SourceObject ?? field.Name) + "Id";
        return new ProposedColumn(table.LogicalName, TableClass(table), property, type, clr, label, field.Name, target);
    }

    private static DataverseTable CustomTable(string logical, string pub)
    {
        // A custom table comes with a primary name, an owner and a created-on the migration may override.
        DataverseColumn Col(string name, string schema, string label, string type) => new(logical, name, schema, label, type, [], []);
        var schemaName = pub + "_" + Pascal(logical[(pub.Length + 1)..]);
        return new DataverseTable(logical, schemaName,
        [
            Col(pub + "_name", pub + "_Name", "Name", "String"),
            Col("ownerid", "OwnerId", "Owner", "Owner"),
            Col("overriddencreatedon", "OverriddenCreatedOn", "Record Created On", "DateTime"),
        ]);
    }

    private static FieldKind KindOf(string customType) => customType switch
    {
        "TextArea" => FieldKind.LongText,
        "Email" => FieldKind.Email,
        "Phone" => FieldKind.Phone,
        "Url" => FieldKind.Url,
        "Integer" or "Number" => FieldKind.Integer,
        "Decimal" or "Percent" => FieldKind.Decimal,
        "Currency" => FieldKind.Money,
        "Boolean" or "Checkbox" => FieldKind.Boolean,
        "Date" => FieldKind.Date,
        "DateTime" => FieldKind.DateTime,
        "Select" => FieldKind.Choice,
        "MultiSelect" => FieldKind.MultiChoice,
        _ => FieldKind.Text,
    };

    /// <summary>The entity class of a table (custom tables drop the publisher prefix).</summary>
    /// <param name="table">The table.</param>
    public static string TableClass(DataverseTable table) =>
        table.SchemaName.Contains('_', StringComparison.Ordinal) ? table.SchemaName[(table.SchemaName.IndexOf('_', StringComparison.Ordinal) + 1)..] : table.SchemaName;

    /// <summary>A name or label as a PascalCase identifier (<c>lifecycleStage</c> → <c>LifecycleStage</c>, <c>Tier 2</c> → <c>Tier2</c>).</summary>
    /// <param name="text">The name or label.</param>
    public static string Pascal(string text)
    {
        var result = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }
            result.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }
        if (result.Length == 0 || char.IsDigit(result[0]))
            result.Insert(0, '_');
        return result.ToString();
    }

    /// <summary>An option label as the entity generator names its enum member (same rule as its <c>FromLabel</c>).</summary>
    /// <param name="label">The option label.</param>
    public static string OptionMember(string label) => Pascal(label.Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal));

    private static string TypePrefix(string pub) => Pascal(pub.ToLowerInvariant());

    private static string Plural(string word) =>
        word.EndsWith('y') && !word.EndsWith("ay", StringComparison.Ordinal) ? word[..^1] + "ies"
        : word.EndsWith('s') || word.EndsWith('x') ? word + "es" : word + "s";

    private static string Words(string camel)
    {
        var text = new StringBuilder();
        foreach (var c in camel)
        {
            if (char.IsUpper(c) && text.Length > 0)
                text.Append(' ');
            text.Append(text.Length == 0 ? char.ToUpper(c, CultureInfo.InvariantCulture) : char.ToLower(c, CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }
}
