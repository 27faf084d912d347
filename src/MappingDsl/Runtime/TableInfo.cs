namespace MappingDsl;

/// <summary>The facts about a target table a transform and the loader need.</summary>
/// <param name="LogicalName">The table's logical name.</param>
/// <param name="EntitySetName">The Web API entity set name.</param>
/// <param name="PrimaryId">The primary key column.</param>
public sealed record TableInfo(string LogicalName, string EntitySetName, string PrimaryId);
