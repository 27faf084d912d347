namespace MappingDsl.Sources.Files;

/// <summary>
/// A CSV header turned into the JSON shape its rows become. A header cell is <c>path[:type]</c>: dots nest
/// (<c>owner.email</c> → <c>{"owner":{"email":…}}</c>), the type is <c>string</c> (default), <c>number</c>,
/// <c>boolean</c> or <c>json</c>. So an export can carry the same record shape the API returns.
/// </summary>
internal sealed class CsvHeader
{
    private CsvHeader(CsvNode root, int columnCount)
    {
        Root = root;
        ColumnCount = columnCount;
    }

    public CsvNode Root { get; }

    public int ColumnCount { get; }

    public static CsvHeader Parse(IReadOnlyList<string> cells)
    {
        var root = new CsvNode(string.Empty);
        for (var i = 0; i < cells.Count; i++)
        {
            var (path, type) = SplitType(cells[i].Trim(), i);
            var node = root;
            var segments = path.Split('.');
            foreach (var segment in segments[..^1])
            {
                node = node.Child(segment, i);
            }

            var leaf = node.Child(segments[^1], i);
            if (leaf.Column is not null || leaf.Children.Count > 0)
            {
                throw new InvalidDataException($"CSV header column {i + 1} '{cells[i]}' repeats or conflicts with another column");
            }

            leaf.Column = i;
            leaf.Type = type;
        }

        return new CsvHeader(root, cells.Count);
    }

    private static (string Path, CsvValueType Type) SplitType(string cell, int index)
    {
        if (cell.Length == 0)
        {
            throw new InvalidDataException($"CSV header column {index + 1} is empty");
        }

        var colon = cell.LastIndexOf(':');
        if (colon < 0)
        {
            return (cell, CsvValueType.String);
        }

        var type = cell[(colon + 1)..].ToLowerInvariant() switch
        {
            "string" => CsvValueType.String,
            "number" => CsvValueType.Number,
            "boolean" or "bool" => CsvValueType.Boolean,
            "json" => CsvValueType.Json,
            var other => throw new InvalidDataException(
                $"CSV header column {index + 1} '{cell}' has unknown type '{other}' (use string, number, boolean or json)"),
        };
        return (cell[..colon], type);
    }
}
