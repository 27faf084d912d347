namespace MappingDsl.Entities;

/// <summary>
/// The standard Dataverse columns leads and contacts both have and the Customer.io pack sets the same way on both, as
/// one type a <c>[SharedColumns]</c> method can set them through; the generated properties of <see cref="Lead"/> and
/// <see cref="Contact"/> implement it, so each column's type, length and logical name still come from its own table.
/// </summary>
public interface IPersonColumns
{
    /// <summary>First name.</summary>
    string? FirstName { get; set; }

    /// <summary>Do not allow bulk email.</summary>
    bool? DoNotEMail { get; set; }

    /// <summary>Address 1: city.</summary>
    string? Address1_City { get; set; }

    /// <summary>Address 1: country or region.</summary>
    string? Address1_Country { get; set; }
}
