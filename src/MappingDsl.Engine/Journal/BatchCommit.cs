namespace MappingDsl.Engine.Journal;

// Everything one landed batch changes in the journal; committed in one transaction so a crash leaves either all of
// it or none of it, and the checkpoint never runs ahead of the id map.
internal sealed class BatchCommit(string run, int phase, string pair)
{
    public string Run { get; } = run;
    public int Phase { get; } = phase;
    public string Pair { get; } = pair;
    public long Position { get; set; }
    public DateTimeOffset? Watermark { get; set; }
    public long Loaded { get; set; }
    public long Rejected { get; set; }
    public long Skipped { get; set; }
    public long Inventoried { get; set; }
    public List<(string Key, RecordId Record)> IdMap { get; } = [];
    public List<(string Key, RecordId Record, bool Created, string? Prior)> Changes { get; } = [];
    public List<(string? Key, string Stage, string Reason)> Quarantine { get; } = [];
    public List<(string Key, string Flag)> Flags { get; } = [];
    public List<(string Key, string Cells)> Inventory { get; } = [];
    public List<(string Key, RecordId Record, DeferredLookup Lookup)> Deferred { get; } = [];
    public List<(string Table, string Key)> PendingDone { get; } = [];
    public List<string> SkippedKeys { get; } = [];
    public List<(string Key, RecordLoss Loss)> Losses { get; } = [];
    public List<(string Key, long Position, DateTimeOffset? Modified, string Json)> Duplicates { get; } = [];
    public List<string> Seen { get; } = [];
    public List<string> Landed { get; } = [];
    public List<(string Email, RecordId Record)> Emails { get; } = [];
}
