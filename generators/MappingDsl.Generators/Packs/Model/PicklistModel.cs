using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Packs.Model;

/// <summary>A <c>[Picklist]</c> method's switch, as matrix rows and a policy.</summary>
internal sealed record PicklistModel(
    string Name,
    string Method,
    string TargetType,
    EquatableArray<PicklistRowModel> Rows,
    string Policy,
    string? Fallback,
    string Discovered,
    LocationInfo? Location,
    LocationInfo? SwitchLocation)
{
    /// <summary>The comparison rule the attribute states: <c>Exact</c> or <c>IgnoreCase</c>.</summary>
    public string Comparison { get; init; } = "Exact";

    /// <summary>Whether the switch reads <c>Matrix.Fold(…)</c>, the code form of <c>IgnoreCase</c>.</summary>
    public bool ReadsFolded { get; init; }
}

/// <summary>One arm of the switch: its source values and the target as written.</summary>
internal sealed record PicklistRowModel(EquatableArray<string> SourceValues, string Target);

/// <summary>A discovery snapshot: the source it was taken from, the values seen per key and its choice lists.</summary>
internal sealed record DiscoverySnapshot(string Path, string Source, EquatableArray<DiscoveryKey> Keys, string? Error)
{
    /// <summary>Per list, its labels with the option values discovery fixed for them.</summary>
    public EquatableArray<DiscoveryChoiceList> Choices { get; init; } = EquatableArray<DiscoveryChoiceList>.Empty;

    /// <summary>Every custom field discovery found, each of which needs a fate in the pack (MDSL020).</summary>
    public EquatableArray<DiscoveryCustomField> CustomFields { get; init; } = EquatableArray<DiscoveryCustomField>.Empty;
}

/// <summary>
/// One discovered custom field: the metadata module that defines it, its JSON key, label, type, the record modules whose
/// records carry it (the metadata module itself when discovery did not say) and the share of those records that fill it.
/// </summary>
internal sealed record DiscoveryCustomField(string Module, string Name, string Label, string Type, EquatableArray<string> RecordModules, string FillRate);

/// <summary>One choice list of a snapshot: <c>value=label</c> pairs in the order discovery assigned them.</summary>
internal sealed record DiscoveryChoiceList(string Name, EquatableArray<string> Options);

/// <summary>The values one discovery key holds.</summary>
internal sealed record DiscoveryKey(string Key, EquatableArray<string> Values);
