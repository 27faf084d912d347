namespace MappingDsl.Sources.Discovery;

/// <summary>Tag cardinality: decides between a multi-select choice column and a text column.</summary>
public sealed class TagStats
{
    /// <summary>How many distinct tags exist or are in use.</summary>
    public int Distinct { get; set; }

    /// <summary>The distinct tags, sorted ordinally.</summary>
    public List<string> Values { get; set; } = [];
}
