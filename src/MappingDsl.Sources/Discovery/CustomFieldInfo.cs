namespace MappingDsl.Sources.Discovery;

/// <summary>One custom field's definition.</summary>
public sealed class CustomFieldInfo
{
    /// <summary>The module that holds the field.</summary>
    public required string Module { get; init; }

    /// <summary>The field's JSON key, e.g. <c>textCustomField1</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The label users see.</summary>
    public string? Label { get; init; }

    /// <summary>The source's type name, e.g. <c>Text</c>, <c>Select</c>, <c>MultiSelect</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The defined options of a picklist field; empty otherwise.</summary>
    public List<string> Options { get; init; } = [];

    /// <summary>
    /// The record modules whose records carry the field (<c>call</c>, <c>meeting</c>, <c>task</c> for an
    /// <c>activity</c> field); a pack's pairs of these modules must give it a fate (MDSL020).
    /// </summary>
    public List<string> RecordModules { get; init; } = [];

    /// <summary>Records of <see cref="RecordModules"/> with a value (not null, not an empty string or list).</summary>
    public long Filled { get; set; }

    /// <summary><see cref="Filled"/> over the records read, 0 to 1 (rounded to 3 places); 0 when there were none.</summary>
    public double FillRate { get; set; }
}
