using System.Text.Json.Serialization;

namespace Acme.Pack.Source;

/// <summary>Parses Acme's records without reflection (camelCase, as the export writes them).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AcmeCompany))]
public sealed partial class AcmeJson : JsonSerializerContext;
