namespace MappingDsl.Engine;

// One source record after its transform: what travels from the transform stage to the loader. Bodies are copied out
// of the writer's reused buffer, so a unit owns its bytes.
internal sealed class SourceUnit(long position, string key, DateTimeOffset? modified)
{
    public long Position { get; } = position;
    public string Key { get; } = key;
    public DateTimeOffset? Modified { get; } = modified;
    public string? Stage { get; set; }
    public string? Reason { get; set; }
    public ReadOnlyMemory<byte> Json { get; init; }
    public List<RecordLoss> Losses { get; } = [];
    public List<TargetRecord> Records { get; } = [];
    public List<string> Inventory { get; } = [];
}
