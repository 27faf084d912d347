namespace MappingDsl.Sources;

/// <summary>The JSON type a module's record id must have.</summary>
public enum IdKind
{
    /// <summary>A JSON number or a non-empty JSON string.</summary>
    Any,

    /// <summary>A JSON integer number.</summary>
    Integer,

    /// <summary>A non-empty JSON string.</summary>
    String,
}
