using System.Text.Json.Serialization;

namespace MappingDsl.Dataverse.Http;

/// <summary>Source-generated JSON for the few shapes the client serializes itself.</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
internal sealed partial class DataverseJsonContext : JsonSerializerContext;
