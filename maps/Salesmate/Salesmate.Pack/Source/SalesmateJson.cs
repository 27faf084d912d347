using System.Text.Json.Serialization;

namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>
/// Source-generated JSON metadata for every Salesmate record type, so generated transforms parse records without
/// reflection. Numbers sent as strings are accepted: Salesmate custom fields are loosely typed.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SmCompany))]
[JsonSerializable(typeof(SmContact))]
[JsonSerializable(typeof(SmDeal))]
[JsonSerializable(typeof(SmTask))]
[JsonSerializable(typeof(SmCall))]
[JsonSerializable(typeof(SmMeeting))]
[JsonSerializable(typeof(SmEmail))]
[JsonSerializable(typeof(SmNote))]
[JsonSerializable(typeof(SmNoteFile))]
[JsonSerializable(typeof(SmUser))]
[JsonSerializable(typeof(SmPipeline))]
[JsonSerializable(typeof(SmTeamInboxThread))]
[JsonSerializable(typeof(SmTeamInboxMessage))]
[JsonSerializable(typeof(SmSmartFlowMembership))]
[JsonSerializable(typeof(SmTag))]
[JsonSerializable(typeof(SmCustomField))]
public sealed partial class SalesmateJson : JsonSerializerContext;
