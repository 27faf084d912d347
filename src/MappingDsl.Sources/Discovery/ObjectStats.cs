namespace MappingDsl.Sources.Discovery;

/// <summary>A module's size.</summary>
public sealed class ObjectStats
{
    /// <summary>How many records the module holds (quarantined ones included).</summary>
    public long Count { get; set; }
}
