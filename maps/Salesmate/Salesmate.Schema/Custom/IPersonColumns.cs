namespace MappingDsl.Entities;

/// <summary>
/// The standard Dataverse columns leads and contacts both have, as one type a <c>[SharedColumns]</c> method can set them
/// through; the generated properties of <see cref="Lead"/> and <see cref="Contact"/> implement it, so the column's type,
/// length and logical name still come from each table's own property.
/// </summary>
public interface IPersonColumns
{
    /// <summary>First name.</summary>
    string? FirstName { get; set; }

    /// <summary>Last name.</summary>
    string? LastName { get; set; }

    /// <summary>Primary email.</summary>
    string? EMailAddress1 { get; set; }

    /// <summary>Secondary email.</summary>
    string? EMailAddress2 { get; set; }

    /// <summary>Business phone.</summary>
    string? Telephone1 { get; set; }

    /// <summary>Job title.</summary>
    string? JobTitle { get; set; }

    /// <summary>Do not allow bulk email.</summary>
    bool? DoNotEMail { get; set; }

    /// <summary>Address 1: street 1.</summary>
    string? Address1_Line1 { get; set; }

    /// <summary>Address 1: city.</summary>
    string? Address1_City { get; set; }

    /// <summary>Address 1: state or province.</summary>
    string? Address1_StateOrProvince { get; set; }

    /// <summary>Address 1: ZIP or postal code.</summary>
    string? Address1_PostalCode { get; set; }

    /// <summary>Address 1: country or region.</summary>
    string? Address1_Country { get; set; }

    /// <summary>Owner.</summary>
    global::MappingDsl.OwnerRef? OwnerId { get; set; }

    /// <summary>Record created on (kept from the source).</summary>
    global::System.DateTimeOffset? OverriddenCreatedOn { get; set; }
}
