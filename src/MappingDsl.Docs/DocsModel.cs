using MappingDsl.Catalog;

namespace MappingDsl.Docs;

/// <summary>
/// The catalog flattened into rows, one model for every format: values are plain text on one line, and each renderer
/// escapes them for its own format (<see cref="EscapingContext"/>: table pipes for Markdown, markup for HTML).
/// </summary>
internal sealed partial record DocsModel(
    string Pack,
    string Source,
    string Version,
    string Publisher,
    string Edition,
    string SourceIdColumn,
    IReadOnlyList<PairRow> Pairs,
    IReadOnlyList<PhaseRow> Phases,
    IReadOnlyList<MatrixRow> Matrices,
    IReadOnlyList<ManifestColumn> CustomColumns,
    IReadOnlyList<ManifestTable> CustomTables,
    IReadOnlyList<ManifestKey> Keys,
    IReadOnlyList<LossyRow> Lossy,
    IReadOnlyList<GlossaryRow> Glossary)
{
    /// <summary>Every way the migration departs from a one-to-one copy of the scope, object by object.</summary>
    public IReadOnlyList<DeviationRow> Deviations { get; init; } = [];

    public static DocsModel From(MapCatalog catalog)
    {
        var manifest = catalog.Manifest;
        var pairs = catalog.Pairs.Select(PairRow.From).ToList();
        var lossy = catalog.Pairs
            .Where(p => p.LossyReason is not null)
            .Select(p => new LossyRow(OneLine(p.SourceObject), "(whole object)", OneLine(p.LossyReason)))
            .Concat(catalog.Pairs.SelectMany(p => p.Fields
                .Where(f => f.LossyReason is not null)
                .Select(f => new LossyRow(OneLine(p.SourceObject), $"{f.Target}.{f.Column}", OneLine(f.LossyReason)))))
            .ToList();
        return new DocsModel(
            catalog.Name,
            OneLine(catalog.Source),
            catalog.Version,
            catalog.Publisher,
            catalog.Edition.ToString(),
            catalog.SourceIdColumn,
            pairs,
            [.. catalog.Phases.Select(ph => new PhaseRow(ph.Number, string.Join(", ", ph.Pairs.Select(n => catalog.Pair(n).SourceObject))))],
            [.. catalog.Picklists.Select(MatrixRow.From)],
            manifest.Columns,
            manifest.Tables,
            manifest.Keys,
            lossy,
            MappingDsl.Docs.Glossary.For(catalog.Publisher))
        {
            Deviations = Deviation.Rows(catalog),
        };
    }

    /// <summary>Puts text on one line, as a table cell wants it.</summary>
    public static string OneLine(string? text) => string.IsNullOrEmpty(text) ? "" : Whitespace().Replace(text, " ");

    // Expressions keep the line breaks and indentation they were written with; a table cell wants one line.
    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();
}

internal sealed record PairRow(
    string Name,
    string SourceObject,
    string Target,
    string Kind,
    string Description,
    string LossyReason,
    int Phase,
    string DependsOn,
    string SplitCondition,
    IReadOnlyList<FieldRow> Fields,
    IReadOnlyList<IgnoredMember> Ignored)
{
    /// <summary>The id of the pair's own section; pair names are C# identifiers, unique in a pack.</summary>
    public string Anchor => "pair-" + Name;

    /// <summary>The id of the pair's row in the object table.</summary>
    public string RowAnchor => "obj-" + Name;

    public static PairRow From(PairInfo pair) => new(
        pair.Name,
        DocsModel.OneLine(pair.SourceObject),
        DocsModel.OneLine(string.Join(" or ", pair.Targets)),
        pair.Kind switch
        {
            PairKind.Split => "1:many (split)",
            PairKind.DocumentationOnly => "documentation only",
            _ => "1:1",
        },
        DocsModel.OneLine(pair.Description),
        DocsModel.OneLine(pair.LossyReason),
        pair.Phase,
        string.Join(", ", pair.DependsOn.Concat(pair.DeferredDependsOn.Select(d => d + " (second pass)"))),
        DocsModel.OneLine(pair.SplitCondition),
        [.. pair.Fields.Select(f => new FieldRow(
            f.Target,
            f.Column,
            f.ColumnType.ToString(),
            DocsModel.OneLine(f.Expression),
            DocsModel.OneLine(f.Lookup is null ? "" : $"lookup to {f.Lookup}"),
            DocsModel.OneLine(f.LossyReason)))],
        [.. pair.Ignored.Select(i => new IgnoredMember(i.Member, DocsModel.OneLine(i.Reason)))]);
}

internal sealed record FieldRow(string Target, string Column, string Type, string Expression, string Note, string Lossy);

internal sealed record PhaseRow(int Number, string Objects);

internal sealed record LossyRow(string Object, string Column, string Reason);

internal sealed record MatrixRow(string Name, string Method, string Target, string Policy, string Fallback, IReadOnlyList<MatrixValueRow> Rows)
{
    /// <summary>The id of the matrix's section; one [Picklist] method per matrix.</summary>
    public string Anchor => "matrix-" + Method;

    public static MatrixRow From(PicklistMatrix matrix) => new(
        DocsModel.OneLine(matrix.Name),
        matrix.Method,
        DocsModel.OneLine(matrix.TargetType),
        matrix.Policy switch
        {
            UnmappedPolicy.Fail => "record rejected and quarantined",
            UnmappedPolicy.Default => "set to the fallback",
            _ => "set to the fallback and flagged for review",
        },
        DocsModel.OneLine(matrix.Fallback),
        [.. matrix.Rows.Select(r => new MatrixValueRow(DocsModel.OneLine(string.Join(", ", r.SourceValues)), DocsModel.OneLine(r.Target)))]);
}

internal sealed record MatrixValueRow(string Source, string Target);

internal sealed record DeviationRow(string Object, string Deviation);

// Read from the catalog, so the list cannot drift from what the migration does: splits (which records become which
// table, including every value the condition does not name), lookups into split objects, members not migrated by
// name, and what happens to values outside a matrix.
internal static class Deviation
{
    public static IReadOnlyList<DeviationRow> Rows(MapCatalog catalog)
    {
        var rows = new List<DeviationRow>();
        foreach (var pair in catalog.Pairs)
        {
            var name = DocsModel.OneLine(pair.SourceObject);
            if (pair.Kind == PairKind.Split && pair.Targets.Count >= 2)
            {
                rows.Add(new DeviationRow(name, DocsModel.OneLine(
                    $"Split: records where `{pair.SplitCondition}` become {pair.Targets[0]}; every other record, whatever its value (including values the condition does not name), becomes {string.Join(" or ", pair.Targets.Skip(1))}.")));
            }
            foreach (var field in pair.Fields.Where(f => f.Lookup is { } l && l.Split(" or ").Any(n => catalog.Pairs.Any(p => p.Name == n && p.Kind == PairKind.Split))))
            {
                rows.Add(new DeviationRow(name, DocsModel.OneLine(
                    $"{field.Target}.{field.Column} points to a {field.Lookup} record, which can land in more than one table; where it landed in a table this column cannot point to, the column is left empty and the record is listed in flags.csv.")));
            }
            if (!string.IsNullOrEmpty(pair.Deviation))
                rows.Add(new DeviationRow(name, DocsModel.OneLine($"Built as {string.Join(", ", pair.Targets)}: {pair.Deviation}")));
            foreach (var ignored in pair.Ignored)
                rows.Add(new DeviationRow(name, DocsModel.OneLine($"`{ignored.Member}` is not migrated: {ignored.Reason}")));
        }
        foreach (var matrix in catalog.Picklists.Where(m => m.Policy != UnmappedPolicy.Fail))
        {
            rows.Add(new DeviationRow(DocsModel.OneLine(matrix.Name), DocsModel.OneLine(
                $"A value outside the matrix becomes {(string.IsNullOrEmpty(matrix.Fallback) ? "the fallback" : matrix.Fallback)}.")));
        }
        return rows;
    }
}
