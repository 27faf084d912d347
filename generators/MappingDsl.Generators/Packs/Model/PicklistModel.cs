using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Packs;

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
    LocationInfo? SwitchLocation);

/// <summary>One arm of the switch: its source values and the target as written.</summary>
internal sealed record PicklistRowModel(EquatableArray<string> SourceValues, string Target);

/// <summary>A discovery snapshot: the source it was taken from and the values seen per key.</summary>
internal sealed record DiscoverySnapshot(string Path, string Source, EquatableArray<DiscoveryKey> Keys, string? Error);

/// <summary>The values one discovery key holds.</summary>
internal sealed record DiscoveryKey(string Key, EquatableArray<string> Values);
