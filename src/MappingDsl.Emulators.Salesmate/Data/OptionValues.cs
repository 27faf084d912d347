using System.Text.Json.Serialization;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>The document inside <c>fieldOptions</c>.</summary>
/// <param name="Values">The options.</param>
internal sealed record OptionValues([property: JsonPropertyName("values")] IReadOnlyList<string> Values);

/// <summary>Reflection-free serialization of <see cref="OptionValues"/>.</summary>
[JsonSerializable(typeof(OptionValues))]
internal sealed partial class FieldMetadataJsonContext : JsonSerializerContext;
