namespace MappingDsl.Entities;

/// <summary>Customer.io objects of type Projects: a custom table (identity columns from <see cref="CioObjectColumns"/>) with lookups to the account, the person and back to Customer.io.</summary>
[global::MappingDsl.CustomTable("cio_Project", "Project", "Projects", PrimaryName = "cio_Name")]
public sealed partial class CioProject : CioObjectColumns
{
    /// <summary>The company (company_id attribute).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "account", Label = "Account")]
    public global::MappingDsl.LookupRef? cio_AccountId { get; set; }

    /// <summary>The related person, when it became a contact.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "contact", Label = "Contact")]
    public global::MappingDsl.LookupRef? cio_ContactId { get; set; }

    /// <summary>The related person, when it became a lead.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "lead", Label = "Lead")]
    public global::MappingDsl.LookupRef? cio_LeadId { get; set; }

    /// <summary>Budget.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Decimal, Precision = 2, Label = "Budget")]
    public decimal? cio_Budget { get; set; }

    /// <summary>Status.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "Status")]
    public string? cio_Status { get; set; }

    /// <summary>Started (Unix seconds in Customer.io).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Started")]
    public global::System.DateTimeOffset? cio_StartedAt { get; set; }
}

/// <summary>Customer.io objects of type Milestones: a custom table with a lookup to its project (loaded after projects).</summary>
[global::MappingDsl.CustomTable("cio_Milestone", "Milestone", "Milestones", PrimaryName = "cio_Name")]
public sealed partial class CioMilestone : CioObjectColumns
{
    /// <summary>The project (project_id attribute).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Lookup, Target = "cio_project", Label = "Project")]
    public global::MappingDsl.LookupRef? cio_ProjectId { get; set; }

    /// <summary>Due (Unix seconds in Customer.io).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.DateTime, Label = "Due")]
    public global::System.DateTimeOffset? cio_DueAt { get; set; }

    /// <summary>Done.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.Boolean, Label = "Done")]
    public bool? cio_Done { get; set; }
}
