namespace MappingDsl.Sources.Iterable;

/// <summary>Reads the <c>campaigns/metrics</c> CSV (a header row, then one row per campaign keyed by its <c>id</c> column).</summary>
internal static class MetricsCsv
{
    public static IEnumerable<(string Id, Dictionary<string, string> Row)> Parse(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            yield break;
        }

        var header = Fields(lines[0]);
        var idColumn = Array.FindIndex(header, h => string.Equals(h, "id", StringComparison.OrdinalIgnoreCase));
        if (idColumn < 0)
        {
            yield break;
        }

        foreach (var line in lines.Skip(1))
        {
            var cells = Fields(line);
            if (cells.Length <= idColumn)
            {
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < cells.Length; i++)
            {
                if (i != idColumn)
                {
                    row[header[i]] = cells[i];
                }
            }

            yield return (cells[idColumn], row);
        }
    }

    // Quoted cells may hold commas and doubled quotes.
    private static string[] Fields(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
