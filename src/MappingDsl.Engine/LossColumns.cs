using MappingDsl.Catalog;

namespace MappingDsl.Engine;

// Which column a Lossy marker's event belongs to: the marker carries only its reason, and the catalog's field maps
// know the reason per column. Two columns with the same reason are told apart by the tables the record wrote.
internal sealed class LossColumns
{
    private readonly Dictionary<string, List<FieldInfo>> _byReason;

    private LossColumns(Dictionary<string, List<FieldInfo>> byReason) => _byReason = byReason;

    public static LossColumns For(PairInfo pair) => new(pair.Fields
        .Where(f => f.LossyReason is not null)
        .GroupBy(f => f.LossyReason!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));

    public string Column(string reason, IReadOnlyList<TargetRecord> records)
    {
        if (!_byReason.TryGetValue(reason, out var fields))
            return "(unknown column)";
        var written = fields.Where(f => records.Any(r => r.Table.LogicalName == f.Target)).ToList();
        var chosen = written.Count > 0 ? written : fields;
        return string.Join("|", chosen.Select(f => f.Column).Distinct(StringComparer.Ordinal));
    }
}
