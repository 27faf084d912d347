namespace MappingDsl.Generators.Packs;

/// <summary>Names of the map-pack pipeline's steps; tests read them to assert caching.</summary>
internal static class PackTrackingNames
{
    public const string Parse = "MapPack.Parse";
    public const string Discovery = "MapPack.Discovery";
    public const string Validate = "MapPack.Validate";
    public const string Diagnostics = "MapPack.Diagnostics";
    public const string Model = "MapPack.Model";
    public const string EmitModel = "MapPack.EmitModel";
    public const string Emit = "MapPack.Emit";
}
