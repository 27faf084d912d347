namespace MappingDsl.Sources.Wetroo;

/// <summary>The modules the extractor reads, as <c>docs/sources/wetroo.md</c> lists them.</summary>
public static class WetrooModules
{
    private static readonly RecordFields Timestamped = new("id", "updatedAt", IdKind.Integer);
    private static readonly RecordFields Untimed = new("id", null, IdKind.Integer);

    /// <summary>Every module, reference data first.</summary>
    public static IReadOnlyList<WetrooModule> All { get; } =
    [
        new("field", "fields", Timestamped),
        new("owner", "owners", Untimed),
        new("team", "teams", Untimed),
        new("pipeline", "pipelines", Timestamped),
        new("stage", "stages", Timestamped),
        new("playbook", "playbooks", Timestamped),
        new("contact", "contacts", Timestamped),
        new("lead", "leads", Timestamped),
        new("deal", "deals", Timestamped),
    ];

    /// <summary>Finds a module by name (case-insensitive).</summary>
    /// <param name="name">The module name.</param>
    /// <exception cref="ArgumentException">No such module; the message lists the known ones.</exception>
    public static WetrooModule Get(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Wetroo has no module '{name}'; known: {string.Join(", ", All.Select(m => m.Name))}", nameof(name));

    /// <summary>Record fields per module name, for readers of Wetroo export files (<c>file:&lt;dir&gt;</c>).</summary>
    /// <param name="name">The module name.</param>
    public static RecordFields FieldsFor(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))?.Fields ?? Timestamped;
}
