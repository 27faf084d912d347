namespace MappingDsl.Maps.Wetroo.Source;

/// <summary>A Wetroo owner as records reference it.</summary>
public sealed class WtOwnerRef
{
    /// <summary>Wetroo id.</summary>
    public long Id { get; init; }
    /// <summary>Display name.</summary>
    public string? Name { get; init; }
    /// <summary>Email: how owners are matched to Dynamics users.</summary>
    public string? Email { get; init; }
}
