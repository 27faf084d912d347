namespace MappingDsl.Sources.Salesmate;

/// <summary>How the extractor reads one module: which call, which filter, where the id and timestamp are.</summary>
/// <param name="Name">The extractor's module name (<c>contact</c>, <c>task</c> …).</param>
/// <param name="Kind">Which kind of call lists it.</param>
/// <param name="ApiModule">The path segment of its search call (<c>activity</c> for tasks, calls and meetings).</param>
/// <param name="FilterModuleName">The <c>moduleName</c> used in filter rules (<c>Contact</c>).</param>
/// <param name="ModuleId">Salesmate's module id, when known.</param>
/// <param name="ActivityType">For activity modules, the <c>type</c> value that selects it.</param>
/// <param name="Fields">Where the id and timestamp are.</param>
public sealed record SalesmateModule(
    string Name,
    SalesmateModuleKind Kind,
    string ApiModule,
    string FilterModuleName,
    int? ModuleId,
    string? ActivityType,
    RecordFields Fields);
