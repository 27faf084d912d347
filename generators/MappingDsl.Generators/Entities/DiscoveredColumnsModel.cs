using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Entities;

/// <summary>A <c>[DiscoveredColumns]</c> class, reduced to the strings its generated partial needs.</summary>
/// <param name="Namespace">The class's namespace; empty for the global namespace.</param>
/// <param name="Declaration">The class's own name.</param>
/// <param name="MetadataName">The fully qualified name (the hint name).</param>
/// <param name="Group">The discovery profile group.</param>
/// <param name="Path">The object whose keys become columns.</param>
/// <param name="Threshold">The share a key must exceed.</param>
/// <param name="Prefix">The column names' prefix.</param>
/// <param name="Rest">The memo column for the other keys.</param>
/// <param name="Members">The names the class declares (collisions, the rest column's existence).</param>
/// <param name="RestIsMemo">Whether <paramref name="Rest"/> is a declared <c>[CustomColumn(ColumnType.Memo)]</c> string.</param>
/// <param name="Location">The attribute, for diagnostics.</param>
internal sealed record DiscoveredColumnsModel(
    string Namespace,
    string Declaration,
    string MetadataName,
    string Group,
    string Path,
    double Threshold,
    string Prefix,
    string Rest,
    EquatableArray<string> Members,
    bool RestIsMemo,
    LocationInfo? Location);

/// <summary>One profiled field of one group in a discovery snapshot.</summary>
/// <param name="Group">The profile group.</param>
/// <param name="Path">The field path (nested keys joined with dots).</param>
/// <param name="Type">The inferred type (<c>string</c>, <c>integer</c>, <c>decimal</c>, <c>boolean</c>, <c>date</c>, <c>datetime</c>, <c>array</c>, <c>object</c>, <c>null</c>).</param>
/// <param name="Frequency">The share of the group's records that had it.</param>
internal sealed record ProfiledField(string Group, string Path, string Type, double Frequency);
