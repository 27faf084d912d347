using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Tests.Fakes;

namespace MappingDsl.Engine.Tests;

/// <summary>
/// Several journaled batches on their way at once (<see cref="MigrationOptions.BatchesInFlight"/>): they overlap at the
/// target, every record lands once, and a key read twice is a duplicate even while its first batch is still in flight.
/// </summary>
public sealed class BatchesInFlightTests : IDisposable
{
    private readonly Scenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public async Task Batches_overlap_at_the_target_and_each_record_lands_once_with_a_key_read_twice_kept_as_a_duplicate()
    {
        for (var i = 1; i <= 12; i++)
        {
            _s.Source.Put("companies", $"c{i}", $$"""{"id":"c{{i}}","name":"Company {{i}}","owner":"ann@example.com"}""", Scenario.T0);
            // Read right after the first batch ([c1, c2]), so it is checked while that batch is still on its way.
            if (i == 3)
                _s.Source.Append("companies", "c2", """{"id":"c2","name":"Company 2 (second copy)","owner":"ann@example.com"}""", Scenario.T0);
        }
        var target = new SlowTarget(_s.Target, TimeSpan.FromMilliseconds(60));
        var engine = new MigrationEngine(TestPack.Catalog, _s.Source, target, _s.Journal);

        var report = await engine.MigrateAsync(Scenario.Options(batch: 2, spotCheck: 50) with { BatchesInFlight = 3 }, CancellationToken.None);

        Assert.Equal(RunStatus.Completed, report.Status);
        Assert.True(target.MostUpsertsAtOnce >= 2, $"at most {target.MostUpsertsAtOnce} upsert(s) were on their way at once");
        var companies = report.Phases.SelectMany(p => p.Pairs).Single(p => p.Pair == "Company");
        Assert.Equal(12, companies.Loaded);
        Assert.Equal(1, companies.Duplicates);
        Assert.True(companies.Balanced, string.Join("; ", companies.Differences));
        var keys = _s.Target.Table("account").Values.Select(r => (string?)r["sm_sourceid"]).ToList();
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"c{i}").Order(), keys.Order());
        Assert.Equal("Company 2", (string?)_s.Target.Find("account", "c2")!["name"]);
        Assert.Equal(12, _s.Journal.IdMap("Company").Count);
    }
}
