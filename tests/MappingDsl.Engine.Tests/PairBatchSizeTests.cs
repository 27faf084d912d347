using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Tests.Fakes;

namespace MappingDsl.Engine.Tests;

/// <summary>A pair's own <c>[Pair(BatchSize = …)]</c> replaces the run-wide batch size for that pair only.</summary>
public sealed class PairBatchSizeTests : IDisposable
{
    private readonly Scenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public async Task A_pair_with_its_own_batch_size_journals_batches_of_that_size_while_others_keep_the_run_wide_size()
    {
        _s.SeedBasics();
        _s.Source.Put("companies", "c4", """{"id":"c4","name":"Gamma","owner":"ann@example.com"}""", Scenario.T0);
        _s.Source.Put("companies", "c5", """{"id":"c5","name":"Delta","owner":"ann@example.com"}""", Scenario.T0);
        _s.Source.Put("contacts", "p3", """{"id":"p3","name":"Max","company":"c4"}""", Scenario.T0);
        var catalog = TestPack.Catalog with
        {
            Pairs = [.. TestPack.Catalog.Pairs.Select(p => p.Name == "Company" ? p with { BatchSize = 3 } : p)],
        };

        var report = await new MigrationEngine(catalog, _s.Source, _s.Target, _s.Journal).MigrateAsync(Scenario.Options(batch: 2), CancellationToken.None);

        Assert.Equal(RunStatus.Completed, report.Status);
        Assert.Equal([3, 2], Sizes("account"));
        Assert.Equal([2, 1], Sizes("contact"));
    }

    private List<int> Sizes(string table) => [.. _s.Target.UpsertCalls.Where(c => c.Table == table).Select(c => c.Records)];
}
