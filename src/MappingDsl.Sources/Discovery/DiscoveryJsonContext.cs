using System.Text.Json.Serialization;

namespace MappingDsl.Sources.Discovery;

/// <summary>Source-generated (reflection-free) serialization of <see cref="DiscoverySnapshot"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DiscoverySnapshot))]
internal sealed partial class DiscoveryJsonContext : JsonSerializerContext;
