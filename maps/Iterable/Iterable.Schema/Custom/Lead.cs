namespace MappingDsl.Entities;

/// <summary>
/// Iterable columns on leads (user profiles split by lifecycle stage): the ones contacts share, and the birthday
/// (a contact has a standard birth date column).
/// </summary>
public partial class Lead : IterablePerson, IPersonColumns
{
    /// <summary>Profile field birthday (leads have no birthday column).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Birthday")]
    public global::System.DateTimeOffset? ib_Birthday { get; set; }
}
