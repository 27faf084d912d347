namespace MappingDsl.Entities;

/// <summary>
/// The standard Dataverse columns leads and contacts both have and the Iterable pack fills the same way, as one type a
/// <c>[SharedColumns]</c> method can set them through; the generated properties of each table implement it.
/// </summary>
public interface IPersonColumns
{
    /// <summary>First name.</summary>
    string? FirstName { get; set; }

    /// <summary>Last name.</summary>
    string? LastName { get; set; }

    /// <summary>Primary email.</summary>
    string? EMailAddress1 { get; set; }

    /// <summary>Business phone.</summary>
    string? Telephone1 { get; set; }

    /// <summary>Address 1: city.</summary>
    string? Address1_City { get; set; }

    /// <summary>Address 1: country or region.</summary>
    string? Address1_Country { get; set; }

    /// <summary>Do not allow bulk email.</summary>
    bool? DoNotEMail { get; set; }
}
