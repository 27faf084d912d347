namespace MappingDsl.Entities;

/// <summary>
/// Salesmate columns on leads (contacts whose lifecycle stage is before customer): the ones contacts share, and the
/// birthday (a contact has a standard birth date column).
/// </summary>
public partial class Lead : SalesmatePerson, IPersonColumns
{
    /// <summary>Salesmate custom field Birthday.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateOnly, Label = "Birthday")]
    public global::System.DateOnly? sm_Birthday { get; set; }
}
