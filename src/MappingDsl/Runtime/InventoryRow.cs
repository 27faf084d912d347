namespace MappingDsl;

/// <summary>
/// One row of a documentation-only pair's inventory (Smart Flow membership, journeys, playbooks): written to a CSV
/// and summarised in the inventory document instead of becoming a Dataverse record.
/// </summary>
/// <example><c>new InventoryRow { ["Flow"] = s.FlowName, ["Contact"] = s.ContactEmail }</c></example>
public sealed class InventoryRow
{
    private readonly List<KeyValuePair<string, string?>> _cells = [];

    /// <summary>Sets a cell of the row; columns keep the order they were first set in.</summary>
    /// <param name="column">The column's heading.</param>
    public string? this[string column]
    {
        get => _cells.Find(c => c.Key == column).Value;
        set
        {
            var index = _cells.FindIndex(c => c.Key == column);
            if (index >= 0)
                _cells[index] = new(column, value);
            else
                _cells.Add(new(column, value));
        }
    }

    /// <summary>The cells in column order.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Cells => _cells;
}
