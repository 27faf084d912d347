namespace MappingDsl.Sources.Discovery;

/// <summary>A source user that owns or may own records; matched to a Dynamics user by email.</summary>
public sealed class OwnerInfo
{
    /// <summary>The owner's email (the match key).</summary>
    public required string Email { get; init; }

    /// <summary>The owner's display name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the user is active in the source; false also for owners referenced but not listed as users.</summary>
    public bool Active { get; init; }
}
