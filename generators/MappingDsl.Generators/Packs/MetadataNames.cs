namespace MappingDsl.Generators.Packs;

/// <summary>Metadata names of the DSL surface, as strings so the generator needs no reference to it.</summary>
internal static class MetadataNames
{
    public const string MapPack = "MappingDsl.MapPackAttribute";
    public const string Pair = "MappingDsl.PairAttribute";
    public const string Picklist = "MappingDsl.PicklistAttribute";
    public const string SharedColumns = "MappingDsl.SharedColumnsAttribute";
    public const string Ignore = "MappingDsl.IgnoreAttribute";
    public const string Lossy = "MappingDsl.LossyAttribute";
    public const string LeaveUnset = "MappingDsl.LeaveUnsetAttribute";
    public const string SourceKey = "MappingDsl.SourceKeyAttribute";
    public const string Table = "MappingDsl.TableAttribute";
    public const string CustomTable = "MappingDsl.CustomTableAttribute";
    public const string Column = "MappingDsl.ColumnAttribute";
    public const string CustomColumn = "MappingDsl.CustomColumnAttribute";
    public const string DiscoveredColumns = "MappingDsl.DiscoveredColumnsAttribute";
    public const string DiscoveredColumn = "MappingDsl.DiscoveredColumnAttribute";
    public const string SpreadsDiscoveredColumns = "MappingDsl.SpreadsDiscoveredColumnsAttribute";
    public const string MapContext = "MappingDsl.MapContext";
    public const string Split = "MappingDsl.Split`2";
    public const string InventoryRow = "MappingDsl.InventoryRow";
    public const string LossyClass = "MappingDsl.Lossy";
    public const string UnmappedClass = "MappingDsl.Unmapped";
    public const string MatrixClass = "MappingDsl.Matrix";
    public const string JsonSerializerContext = "System.Text.Json.Serialization.JsonSerializerContext";
    public const string JsonSerializable = "System.Text.Json.Serialization.JsonSerializableAttribute";
    public const string MaxLength = "System.ComponentModel.DataAnnotations.MaxLengthAttribute";
    public const string StringLength = "System.ComponentModel.DataAnnotations.StringLengthAttribute";
}
