using System.Text.Json;

namespace MappingDsl.Maps.Salesmate.Tests;

/// <summary>Runs one of the pack's generated transforms on a sample record.</summary>
internal static class PairRunner
{
    public static (TransformOutcome Outcome, RecordWriter Writer) Run(string pair, string json, InMemoryLookupResolver? resolver = null)
    {
        var writer = new RecordWriter(new MapContext(resolver ?? Samples.Resolver()));
        var outcome = SalesmatePack.Catalog.Transform(pair).Transform(Samples.Utf8(json), writer);
        return (outcome, writer);
    }

    public static (TargetRecord Record, JsonElement Body) Single(string pair, string json, InMemoryLookupResolver? resolver = null)
    {
        var (outcome, writer) = Run(pair, json, resolver);
        Assert.True(outcome.Status == TransformStatus.Written, outcome.Reason);
        var record = Assert.Single(writer.Records);
        return (record, JsonDocument.Parse(record.Body).RootElement);
    }
}
