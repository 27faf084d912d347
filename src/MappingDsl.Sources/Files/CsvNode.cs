namespace MappingDsl.Sources.Files;

/// <summary>One property of the JSON object a CSV row becomes: either a column (leaf) or a nested object.</summary>
internal sealed class CsvNode(string name)
{
    public string Name { get; } = name;

    public int? Column { get; set; }

    public CsvValueType Type { get; set; }

    public List<CsvNode> Children { get; } = [];

    public CsvNode Child(string name, int column)
    {
        if (name.Length == 0)
        {
            throw new InvalidDataException($"CSV header column {column + 1} has an empty path segment");
        }

        var existing = Children.Find(c => c.Name == name);
        if (existing is not null)
        {
            if (existing.Column is not null)
            {
                throw new InvalidDataException($"CSV header column {column + 1} nests under '{name}', which is already a column");
            }

            return existing;
        }

        var child = new CsvNode(name);
        Children.Add(child);
        return child;
    }
}
