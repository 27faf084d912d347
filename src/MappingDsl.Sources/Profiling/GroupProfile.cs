namespace MappingDsl.Sources.Profiling;

/// <summary>One profiled group: a module (<c>user</c>) or one event type (<c>customEvent[signup]</c>).</summary>
public sealed class GroupProfile
{
    /// <summary>Records observed.</summary>
    public long Records { get; set; }

    /// <summary>Per field path (nested keys joined with dots, as the source itself does), what the data holds.</summary>
    public SortedDictionary<string, FieldProfile> Fields { get; init; } = new(StringComparer.Ordinal);
}
