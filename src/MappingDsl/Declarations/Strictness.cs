namespace MappingDsl;

/// <summary>How strictly the generator reports a finding that is a matter of taste for a pack.</summary>
public enum Strictness
{
    /// <summary>Not reported.</summary>
    Ignore = 0,

    /// <summary>Reported as a warning (an error under warnings-as-errors).</summary>
    Warning = 1,

    /// <summary>Reported as an error.</summary>
    Error = 2,
}
