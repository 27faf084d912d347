using System;
using MappingDsl;

namespace Acme.Pack.Source;

/// <summary>A company as Acme exports it (<c>sample/company.jsonl</c>).</summary>
public sealed class AcmeCompany
{
    /// <summary>Acme's id, kept on every account in the pack's source-id column.</summary>
    [SourceKey] public long Id { get; init; }

    /// <summary>The company's name.</summary>
    public string? Name { get; init; }

    /// <summary>The website address.</summary>
    public string? Website { get; init; }

    /// <summary>The main phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Acme's tier (a custom field).</summary>
    public string? Tier { get; init; }

    /// <summary>The owner's email, matched to a Dataverse user.</summary>
    public string? OwnerEmail { get; init; }

    /// <summary>When the company was created in Acme.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it last changed in Acme.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }
}
