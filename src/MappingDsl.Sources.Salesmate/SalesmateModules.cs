namespace MappingDsl.Sources.Salesmate;

/// <summary>The modules the extractor reads, as <c>docs/sources/salesmate.md</c> lists them.</summary>
public static class SalesmateModules
{
    private static readonly RecordFields Standard = new("id", "lastModifiedAt", IdKind.Integer);

    /// <summary>Every module, in a load-friendly order (parents first).</summary>
    public static IReadOnlyList<SalesmateModule> All { get; } =
    [
        // Custom field definitions come first: their columns are provisioned before any record is loaded.
        new("field", SalesmateModuleKind.Fields, "fields", "Field", null, null, new RecordFields("fieldName", null, IdKind.String)),
        new("user", SalesmateModuleKind.Users, "core", "User", null, null, new RecordFields("id", null, IdKind.Integer)),
        new("tag", SalesmateModuleKind.Tags, "tags", "Tag", null, null, new RecordFields("tag", null, IdKind.String)),
        new("pipeline", SalesmateModuleKind.Pipelines, "dealPipeline", "Pipeline", null, null, new RecordFields("id", null, IdKind.Integer)),
        new("company", SalesmateModuleKind.Search, "company", "Company", 5, null, Standard),
        new("contact", SalesmateModuleKind.Search, "contact", "Contact", 1, null, Standard),
        new("deal", SalesmateModuleKind.Search, "deal", "Deal", 4, null, Standard),
        new("task", SalesmateModuleKind.Search, "activity", "Activity", null, "Task", Standard),
        new("call", SalesmateModuleKind.Search, "activity", "Activity", null, "Call", Standard),
        new("meeting", SalesmateModuleKind.Search, "activity", "Activity", null, "Meeting", Standard),
        new("email", SalesmateModuleKind.Search, "email", "Email", null, null, Standard),
        new("note", SalesmateModuleKind.Search, "note", "Note", null, null, Standard),
        new("noteFile", SalesmateModuleKind.NoteFiles, "note", "Note", null, null, new RecordFields("key", "lastModifiedAt", IdKind.String)),
        new("teamInboxThread", SalesmateModuleKind.Search, "teamInboxThread", "TeamInboxThread", null, null, Standard),
        new("teamInboxMessage", SalesmateModuleKind.Search, "teamInboxMessage", "TeamInboxMessage", null, null, Standard),
        new("smartFlowMembership", SalesmateModuleKind.Search, "smartFlowMembership", "SmartFlowMembership", null, null, Standard),
    ];

    /// <summary>Finds a module by name (case-insensitive).</summary>
    /// <param name="name">The module name.</param>
    /// <exception cref="ArgumentException">No such module; the message lists the known ones.</exception>
    public static SalesmateModule Get(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"Salesmate has no module '{name}'; known: {string.Join(", ", All.Select(m => m.Name))}", nameof(name));

    /// <summary>Record fields per module name, for readers of saved Salesmate pages (<c>file:&lt;dir&gt;</c>).</summary>
    /// <param name="name">The module name.</param>
    public static RecordFields FieldsFor(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))?.Fields ?? Standard;
}
