namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>One look at the running child: progress from its journal, reads from the source, its memory.</summary>
/// <param name="Elapsed">Since the child started.</param>
/// <param name="Loaded">Source records landed in the org (journal checkpoints).</param>
/// <param name="SourceCalls">Calls the Salesmate emulator has answered (reads, including the data-quality pass).</param>
/// <param name="WorkingSet">The child's working set (RSS), bytes.</param>
/// <param name="Pair">The pair being loaded; empty before loading starts and after the last pair.</param>
internal sealed record MigrationSample(TimeSpan Elapsed, long Loaded, long SourceCalls, long WorkingSet, string Pair);
