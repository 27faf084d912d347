namespace MappingDsl.Entities;

/// <summary>
/// The Customer.io columns a person carries whether it lands as a lead or a contact (identity, kept on both branches
/// of the split, and the typed traits), declared once: the lead and contact partials derive from this class.
/// </summary>
public abstract class CustomerIoPerson
{
    /// <summary>The immutable Customer.io id (cio_id): the reconciliation key on both contacts and leads.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Customer.io id")]
    public string? cio_CioId { get; set; }

    /// <summary>The workspace's own person id (the scope's cio_user_id__c).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 150, Label = "Customer.io user id")]
    public string? cio_UserId { get; set; }

    /// <summary>Traits the person had (reserved attributes excluded): the split's secondary signal.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Trait count")]
    public int? cio_TraitCount { get; set; }

    /// <summary>Trait plan (text).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Plan")]
    public string? cio_Plan { get; set; }

    /// <summary>Trait vip (two options).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "VIP")]
    public bool? cio_Vip { get; set; }

    /// <summary>Trait score (whole number).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Score")]
    public int? cio_Score { get; set; }

    /// <summary>Trait lifetime_value (decimal).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Decimal, Precision = 2, Label = "Lifetime value")]
    public decimal? cio_LifetimeValue { get; set; }

    /// <summary>Trait signed_up_at (an ISO 8601 string in Customer.io).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Signed up")]
    public global::System.DateTimeOffset? cio_SignedUpAt { get; set; }

    /// <summary>Trait last_login (Unix seconds in Customer.io).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Last login")]
    public global::System.DateTimeOffset? cio_LastLogin { get; set; }

    /// <summary>Trait interests (an array: JSON in a multi-line text column).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 4000, Label = "Interests (JSON)")]
    public string? cio_Interests { get; set; }

    /// <summary>Trait industry: more than 10 distinct values, so a choice.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Picklist, Label = "Industry")]
    public CioIndustry? cio_Industry { get; set; }

    /// <summary>Trait nickname: over 80 % null, migrated and flagged for the customer's decision (Trait inventory).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Nickname")]
    public string? cio_Nickname { get; set; }

    /// <summary>Traits without a typed column, as a JSON object, so nothing is lost.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 100000, Label = "Other traits (JSON)")]
    public string? cio_OtherTraits { get; set; }

    /// <summary>When the person was created in Customer.io (created_at).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Created in Customer.io")]
    public global::System.DateTimeOffset? cio_CreatedAt { get; set; }
}
