namespace MappingDsl.Entities;

/// <summary>
/// The Iterable custom columns a user profile carries whether it lands as a lead or a contact, declared once: the lead
/// and contact partials derive from this class, and the pack's <c>[SharedColumns]</c> <c>ProfileColumns</c> sets them.
/// </summary>
public abstract class IterablePerson
{
    /// <summary>Iterable lifecycle stage before the lead/contact split.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Original lifecycle stage")]
    public string? ib_OriginalLifecycle { get; set; }

    /// <summary>The dedupe key: lower-case email, or user:&lt;userId&gt; for an anonymous profile.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Iterable profile key")]
    public string? ib_ProfileKey { get; set; }

    /// <summary>Iterable userId of the kept profile.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Iterable userId")]
    public string? ib_UserId { get; set; }

    /// <summary>Older profiles with the same email that were merged into this one (userId and profileUpdatedAt, JSON).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Memo, MaxLength = 4000, Label = "Merged duplicate profiles")]
    public string? ib_MergedProfiles { get; set; }

    /// <summary>Unsubscribed from every SMS channel.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "SMS opt-out")]
    public bool? ib_SmsOptOut { get; set; }

    /// <summary>Unsubscribed from every push channel.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "Push opt-out")]
    public bool? ib_PushOptOut { get; set; }

    /// <summary>Unsubscribed from every in-app channel.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "In-app opt-out")]
    public bool? ib_InAppOptOut { get; set; }

    /// <summary>Iterable signupDate.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Signup date")]
    public global::System.DateTimeOffset? ib_SignupDate { get; set; }

    /// <summary>Iterable signupSource.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Signup source")]
    public string? ib_SignupSource { get; set; }

    /// <summary>Profile field plan.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Plan")]
    public string? ib_Plan { get; set; }

    /// <summary>Profile field isBeta.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "Beta user")]
    public bool? ib_IsBeta { get; set; }

    /// <summary>Profile field loyaltyPoints.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Integer, Label = "Loyalty points")]
    public int? ib_LoyaltyPoints { get; set; }

    /// <summary>Iterable profileUpdatedAt of the kept profile.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Profile updated")]
    public global::System.DateTimeOffset? ib_ProfileUpdatedAt { get; set; }

}
