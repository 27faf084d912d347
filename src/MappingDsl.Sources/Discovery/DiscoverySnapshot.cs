namespace MappingDsl.Sources.Discovery;

/// <summary>
/// What discovery found in a source: record counts, picklist values in use, custom field definitions, tags and owners.
/// Written as <c>discovery/&lt;source&gt;.discovery.json</c>; the map-pack generator reads <see cref="Values"/>.
/// </summary>
public sealed class DiscoverySnapshot
{
    /// <summary>The source's name, e.g. <c>salesmate</c>.</summary>
    public required string Source { get; init; }

    /// <summary>When discovery ran.</summary>
    public required DateTimeOffset TakenAt { get; init; }

    /// <summary>Per module: how many records it holds.</summary>
    public SortedDictionary<string, ObjectStats> Objects { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Per <c>module.field</c>: the distinct values in use, sorted ordinally.</summary>
    public SortedDictionary<string, List<string>> Values { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Custom field definitions.</summary>
    public List<CustomFieldInfo> CustomFields { get; init; } = [];

    /// <summary>Tag cardinality and values.</summary>
    public TagStats Tags { get; init; } = new();

    /// <summary>
    /// Per choice list (for example <c>tags</c>): each label's option value. A value, once assigned, is kept by every
    /// later discovery (see <see cref="ChoiceRegistry"/>); the map-pack generator provisions choice columns from it.
    /// </summary>
    public SortedDictionary<string, SortedDictionary<string, int>> Choices { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Every owner: users plus any owner email referenced on records.</summary>
    public List<OwnerInfo> Owners { get; init; } = [];

    /// <summary>
    /// Per group (a module, or one event type such as <c>customEvent[signup]</c>): field types inferred from the data,
    /// presence, null rates and distinct counts (see <see cref="Profiling.DataProfiler"/>); null (and not written) for sources that do not profile.
    /// </summary>
    public SortedDictionary<string, Profiling.GroupProfile>? Profiles { get; set; }
}
