namespace MappingDsl.Entities;

/// <summary>Wetroo columns on contacts.</summary>
public partial class Contact
{
    /// <summary>The company the contact named in Wetroo (free text; Wetroo has no company records).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Company (Wetroo)")]
    public string? wt_CompanyName { get; set; }

    /// <summary>Whether the contact opted in to WhatsApp messages.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "WhatsApp opt-in")]
    public bool? wt_WhatsAppOptIn { get; set; }

    /// <summary>The Wetroo teams the contact is shared with, as text (always written).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 2000, Label = "Teams")]
    public string? wt_Teams { get; set; }

    /// <summary>
    /// The Wetroo teams as a multi-select choice, options and values fixed by discovery; left out (text only) when
    /// discovery finds 300 team names or more.
    /// </summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.MultiSelectPicklist, Label = "Team set", Choices = "teams")]
    public global::System.Collections.Generic.IReadOnlyList<string>? wt_TeamSet { get; set; }

    /// <summary>Wetroo custom field GST Number (text).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "GST number")]
    public string? wt_GstNumber { get; set; }

    /// <summary>Wetroo custom field Orders Count (number).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Decimal, Precision = 2, Label = "Orders count")]
    public decimal? wt_OrdersCount { get; set; }

    /// <summary>Wetroo custom field Birthday (date).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateOnly, Label = "Birthday (Wetroo)")]
    public global::System.DateOnly? wt_Birthday { get; set; }

    /// <summary>Wetroo custom field Preferred Language (picklist).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Picklist, Label = "Preferred language")]
    public WtLanguage? wt_Language { get; set; }

    /// <summary>Wetroo custom field City Tier (picklist).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Picklist, Label = "City tier")]
    public WtCityTier? wt_CityTier { get; set; }
}
