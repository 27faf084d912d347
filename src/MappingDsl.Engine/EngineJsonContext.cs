using System.Text.Json.Serialization;
using MappingDsl.Engine.Reports;

namespace MappingDsl.Engine;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(string?[][]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(RunReport))]
[JsonSerializable(typeof(PhaseReport))]
[JsonSerializable(typeof(RollbackReport))]
internal sealed partial class EngineJsonContext : JsonSerializerContext;
