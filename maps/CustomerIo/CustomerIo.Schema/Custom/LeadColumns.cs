namespace MappingDsl.Entities;

/// <summary>Leads carry the Customer.io person columns of <see cref="CustomerIoPerson"/>, and two of their own.</summary>
public partial class Lead : CustomerIoPerson, IPersonColumns
{
    /// <summary>The anonymous_id of a profile known only by it.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 150, Label = "Anonymous id")]
    public string? cio_AnonymousId { get; set; }

    /// <summary>The email as Customer.io held it when it is not a valid address (then not in the email column).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 320, Label = "Email as received")]
    public string? cio_RawEmail { get; set; }
}
