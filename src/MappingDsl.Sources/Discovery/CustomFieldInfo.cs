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
}
