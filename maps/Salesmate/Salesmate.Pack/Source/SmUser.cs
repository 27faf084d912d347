namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>A Salesmate user (<c>user</c> module): the owners to reconcile with Dynamics 365 users.</summary>
public sealed class SmUser
{
    /// <summary>Salesmate id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Display name.</summary>
    public string? Name { get; init; }
    /// <summary>First name.</summary>
    public string? FirstName { get; init; }
    /// <summary>Last name.</summary>
    public string? LastName { get; init; }
    /// <summary>Nickname.</summary>
    public string? Nickname { get; init; }
    /// <summary>Email: the key of owner matching.</summary>
    public string? Email { get; init; }
    /// <summary>active or inactive.</summary>
    public string? Status { get; init; }
    /// <summary>Role.</summary>
    public string? Role { get; init; }
}
