namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>A Salesmate custom field definition (<c>field</c> module, from the field metadata endpoint).</summary>
public sealed class SmCustomField
{
    /// <summary>The field's key on records (<c>selectCustomField1</c>), prefixed with its module (<c>deal.selectCustomField1</c>).</summary>
    [SourceKey] public string? FieldName { get; init; }
    /// <summary>contact, company, deal or activity.</summary>
    public string? Module { get; init; }
    /// <summary>The label users see.</summary>
    public string? DisplayName { get; init; }
    /// <summary>Text, Integer, Select, MultiSelect, …</summary>
    public string? Type { get; init; }
    /// <summary>The options of select fields, as Salesmate's JSON text.</summary>
    public string? FieldOptions { get; init; }
}
