namespace MappingDsl.Generators.Entities;

/// <summary>Names of the entity generator's cacheable pipeline steps; tests read them to check incrementality.</summary>
internal static class EntityTrackingNames
{
    public const string MetadataFiles = "Entities.MetadataFiles";
    public const string ParsedTables = "Entities.ParsedTables";
    public const string TableIndex = "Entities.TableIndex";
    public const string ResolvedTables = "Entities.ResolvedTables";
    public const string CustomTables = "Entities.CustomTables";
    public const string DiscoveredColumns = "Entities.DiscoveredColumns";
}
