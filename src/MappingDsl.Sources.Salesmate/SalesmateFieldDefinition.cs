namespace MappingDsl.Sources.Salesmate;

/// <summary>One field from <c>getAllVisibleFields</c>.</summary>
/// <param name="MetadataModule">The metadata group it is listed under (<c>contact</c>, <c>activity</c> …).</param>
/// <param name="FieldName">Its JSON key, e.g. <c>selectCustomField1</c>.</param>
/// <param name="DisplayName">The label users see.</param>
/// <param name="Type">Salesmate's type name.</param>
/// <param name="IsCustom">Whether it is a custom field.</param>
/// <param name="Options">Picklist options (from the <c>fieldOptions</c> JSON string).</param>
public sealed record SalesmateFieldDefinition(
    string MetadataModule,
    string FieldName,
    string? DisplayName,
    string Type,
    bool IsCustom,
    IReadOnlyList<string> Options)
{
    /// <summary>
    /// The <c>fieldOptions</c> value as Salesmate sent it (JSON text, e.g. <c>{"values":[…]}</c>), or
    /// <see langword="null"/> when the field has none; the <c>field</c> module passes it on untouched.
    /// </summary>
    public string? OptionsJson { get; init; }

    /// <summary>Whether the field holds one or several picklist values.</summary>
    public bool IsPicklist => Type is "Select" or "MultiSelect" || FieldName.StartsWith("select", StringComparison.Ordinal)
        || FieldName.StartsWith("multiSelect", StringComparison.Ordinal);

    /// <summary>Whether the value is a comma-separated list of options.</summary>
    public bool IsMultiValue => Type == "MultiSelect" || FieldName.StartsWith("multiSelect", StringComparison.Ordinal);
}
