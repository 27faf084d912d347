using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Wetroo.Source;

/// <summary>
/// Source-generated JSON metadata for every Wetroo record type, so generated transforms parse records without reflection.
/// Numbers sent as strings are accepted: custom number fields of an SMB CRM are loosely typed.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(WtContact))]
[JsonSerializable(typeof(WtLead))]
[JsonSerializable(typeof(WtDeal))]
[JsonSerializable(typeof(WtPipeline))]
[JsonSerializable(typeof(WtStage))]
[JsonSerializable(typeof(WtCustomField))]
[JsonSerializable(typeof(WtOwner))]
[JsonSerializable(typeof(WtTeam))]
[JsonSerializable(typeof(WtPlaybook))]
public sealed partial class WetrooJson : JsonSerializerContext;
