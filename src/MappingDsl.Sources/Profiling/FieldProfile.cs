namespace MappingDsl.Sources.Profiling;

/// <summary>What the data says about one field (or event property): its types, how often it is present and null, its distinct values.</summary>
public sealed class FieldProfile
{
    /// <summary>The type inferred from the values: the most specific one every non-null value fits (see <see cref="ValueKinds"/>).</summary>
    public string Type { get; set; } = ValueKinds.Null;

    /// <summary>Per value kind, how many values had it; more than one kind means the field is loosely typed.</summary>
    public SortedDictionary<string, long> Kinds { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Records of the group that had the field (null or not).</summary>
    public long Present { get; set; }

    /// <summary>Of those, how many held null or an empty string.</summary>
    public long Nulls { get; set; }

    /// <summary><see cref="Present"/> divided by the group's records: the key's frequency.</summary>
    public double Frequency { get; set; }

    /// <summary>Share of all the group's records where the field is missing, null or empty.</summary>
    public double NullRate { get; set; }

    /// <summary>Distinct non-null values seen (exact up to the profiler's cap).</summary>
    public long Distinct { get; set; }

    /// <summary>Whether more distinct values existed than the profiler tracks (then <see cref="Distinct"/> is a lower bound).</summary>
    public bool DistinctCapped { get; set; }
}
