namespace MappingDsl.Maps.Wetroo.Source;

/// <summary>A Wetroo pipeline (<c>pipeline</c> module) with its ordered stages.</summary>
public sealed class WtPipeline
{
    /// <summary>Wetroo id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Whether new deals land in it.</summary>
    public bool? IsDefault { get; init; }
    /// <summary>Stages in order.</summary>
    public IReadOnlyList<WtStage>? Stages { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>A pipeline stage (<c>stage</c> module, and inside a pipeline).</summary>
public sealed class WtStage
{
    /// <summary>Wetroo id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>The pipeline's id (stage module only).</summary>
    public long? PipelineId { get; init; }
    /// <summary>The pipeline's name (stage module only).</summary>
    public string? Pipeline { get; init; }
    /// <summary>Customer-defined name.</summary>
    public string? Name { get; init; }
    /// <summary>1-based position.</summary>
    public int? Order { get; init; }
    /// <summary>Win probability, 0–100.</summary>
    public int? Probability { get; init; }
    /// <summary>open, won or lost.</summary>
    public string? Outcome { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>A custom field definition (<c>field</c> module).</summary>
public sealed class WtCustomField
{
    /// <summary>Wetroo id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>contact, lead or deal.</summary>
    public string? Object { get; init; }
    /// <summary>Key inside a record's customFields.</summary>
    public string? Key { get; init; }
    /// <summary>Label users see.</summary>
    public string? Label { get; init; }
    /// <summary>text, number, date or picklist.</summary>
    public string? Type { get; init; }
    /// <summary>A picklist's options.</summary>
    public IReadOnlyList<string>? Options { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>A Wetroo owner (<c>owner</c> module).</summary>
public sealed class WtOwner
{
    /// <summary>Wetroo id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Display name.</summary>
    public string? Name { get; init; }
    /// <summary>Email.</summary>
    public string? Email { get; init; }
    /// <summary>Still active in Wetroo.</summary>
    public bool? Active { get; init; }
    /// <summary>Admin or Agent.</summary>
    public string? Role { get; init; }
    /// <summary>The owner's teams.</summary>
    public IReadOnlyList<string>? Teams { get; init; }
}

/// <summary>A Wetroo team (<c>team</c> module).</summary>
public sealed class WtTeam
{
    /// <summary>Wetroo id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Team name.</summary>
    public string? Name { get; init; }
    /// <summary>Team lead.</summary>
    public WtOwnerRef? Lead { get; init; }
    /// <summary>Members.</summary>
    public IReadOnlyList<WtOwnerRef>? Members { get; init; }
}

/// <summary>An automation playbook (<c>playbook</c> module).</summary>
public sealed class WtPlaybook
{
    /// <summary>Wetroo id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Whether it runs.</summary>
    public bool? Active { get; init; }
    /// <summary>What starts it.</summary>
    public WtTrigger? Trigger { get; init; }
    /// <summary>What it does, in order.</summary>
    public IReadOnlyList<WtAction>? Actions { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>A playbook's trigger.</summary>
public sealed class WtTrigger
{
    /// <summary>The WhatsApp or CRM event.</summary>
    public string? Event { get; init; }
    /// <summary>The condition.</summary>
    public string? Condition { get; init; }
}

/// <summary>One playbook action.</summary>
public sealed class WtAction
{
    /// <summary>What the action does.</summary>
    public string? Do { get; init; }
}
