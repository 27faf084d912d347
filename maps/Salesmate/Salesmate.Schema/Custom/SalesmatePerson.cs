namespace MappingDsl.Entities;

/// <summary>
/// The Salesmate custom columns a contact carries whether it lands as a lead or a contact, declared once: the lead and
/// contact partials derive from this class, so both tables have these columns and a <c>[SharedColumns]</c> method typed
/// on it (see <see cref="IPersonColumns"/>) sets them for both.
/// </summary>
public abstract class SalesmatePerson
{
    /// <summary>Salesmate lifecycle stage before the lead/contact split.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Original lifecycle stage")]
    public string? sm_OriginalLifecycle { get; set; }

    /// <summary>Salesmate tags, comma-separated.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 4000, Label = "Tags")]
    public string? sm_Tags { get; set; }

    /// <summary>
    /// Salesmate tags as a multi-select choice, options and their values fixed by discovery; neither provisioned nor
    /// written when discovery finds 300 distinct tags or more (sm_tags carries them then, and always as text).
    /// </summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.MultiSelectPicklist, Label = "Tag set", Choices = "tags")]
    public global::System.Collections.Generic.IReadOnlyList<string>? sm_TagSet { get; set; }

    /// <summary>Salesmate contact type.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Contact type")]
    public string? sm_ContactType { get; set; }

    /// <summary>UTM source of the first visit.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "UTM source")]
    public string? sm_UtmSource { get; set; }

    /// <summary>UTM campaign of the first visit.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "UTM campaign")]
    public string? sm_UtmCampaign { get; set; }

    /// <summary>UTM medium of the first visit.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "UTM medium")]
    public string? sm_UtmMedium { get; set; }

    /// <summary>Last communication in Salesmate.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Last communication")]
    public global::System.DateTimeOffset? sm_LastCommunicationAt { get; set; }

    /// <summary>Salesmate custom field Preferred Name.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Preferred name")]
    public string? sm_PreferredName { get; set; }

    /// <summary>Salesmate custom field Background.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 10000, Label = "Background")]
    public string? sm_Background { get; set; }

    /// <summary>Salesmate custom field Assistant Email.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Assistant email")]
    public string? sm_AssistantEmail { get; set; }

    /// <summary>Salesmate custom field Assistant Phone.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Assistant phone")]
    public string? sm_AssistantPhone { get; set; }

    /// <summary>Salesmate custom field Profile URL.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 500, Label = "Profile URL")]
    public string? sm_ProfileUrl { get; set; }

    /// <summary>Salesmate custom field Children.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Children")]
    public int? sm_Children { get; set; }

    /// <summary>Salesmate custom field Lead Score.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Decimal, Precision = 2, Label = "Lead score")]
    public decimal? sm_LeadScore { get; set; }

    /// <summary>Salesmate custom field Lifetime Value.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Money, Precision = 2, Label = "Lifetime value")]
    public decimal? sm_LifetimeValue { get; set; }

    /// <summary>Salesmate custom field Last Webinar At.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Last webinar")]
    public global::System.DateTimeOffset? sm_LastWebinarAt { get; set; }

    /// <summary>Salesmate custom field Newsletter.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "Newsletter")]
    public bool? sm_Newsletter { get; set; }

    /// <summary>Salesmate custom field Preferred Channel.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Picklist, Label = "Preferred channel")]
    public SmPreferredChannel? sm_PreferredChannel { get; set; }

    /// <summary>Salesmate custom field Interests.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.MultiSelectPicklist, Label = "Interests")]
    public global::System.Collections.Generic.IReadOnlyList<SmInterest>? sm_Interests { get; set; }
}
