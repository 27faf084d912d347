namespace MappingDsl.Maps.Wetroo.Source;

/// <summary>What a Wetroo contact and a Wetroo lead both carry: id, name, email, WhatsApp number, company, owner, times.</summary>
public abstract class WtPerson
{
    /// <summary>Wetroo id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>First name; may be missing.</summary>
    public string? FirstName { get; init; }
    /// <summary>Last name; may be empty.</summary>
    public string? LastName { get; init; }
    /// <summary>Display name; may be empty.</summary>
    public string? Name { get; init; }
    /// <summary>Email; not unique in Wetroo.</summary>
    public string? Email { get; init; }
    /// <summary>WhatsApp number, E.164.</summary>
    public string? Phone { get; init; }
    /// <summary>Company name (free text).</summary>
    public string? Company { get; init; }
    /// <summary>Owner.</summary>
    public WtOwnerRef? Owner { get; init; }
    /// <summary>Created at.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
