namespace MappingDsl.Entities;

/// <summary>
/// One Iterable list membership, resolved to the migrated lead or contact. Dataverse marketing-list members
/// (listmember) are added through the AddMemberList action, not created as records, and a list holds one member type;
/// this table keeps every membership with its lookups so a flow (or a later engine action) can add them to the list.
/// </summary>
[global::MappingDsl.CustomTable("ib_ListMembership", "List membership", "List memberships", PrimaryName = "ib_Name")]
public sealed partial class ListMembership
{
    /// <summary>List name and member email.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 300, Label = "Name")]
    public string? ib_Name { get; set; }

    /// <summary>The marketing list.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "list", Label = "Marketing list")]
    public global::MappingDsl.LookupRef? ib_ListId { get; set; }

    /// <summary>The member, when the profile became a contact.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "contact", Label = "Contact")]
    public global::MappingDsl.LookupRef? ib_ContactId { get; set; }

    /// <summary>The member, when the profile became a lead.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "lead", Label = "Lead")]
    public global::MappingDsl.LookupRef? ib_LeadId { get; set; }

    /// <summary>The member as Iterable listed it (email or userId).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 200, Label = "Member")]
    public string? ib_Member { get; set; }
}
