using MappingDsl.Engine.Tests.Fakes;

namespace MappingDsl.Engine.Tests;

// The duplicate-key policy: within one run and pair the first record read with a key is migrated; later ones are
// not sent and are kept, with their JSON, in duplicates.csv; the counts still balance.
public sealed class DuplicateKeyTests : IDisposable
{
    private readonly Scenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public async Task The_first_record_read_with_a_key_is_migrated_and_the_later_one_is_kept_in_duplicates_csv()
    {
        _s.SeedBasics();
        _s.Source.Append("companies", "c1", """{"id":"c1","name":"Acme (second copy)","owner":"ann@example.com"}""", Scenario.T0.AddDays(1));

        var report = await _s.Engine().MigrateAsync(Scenario.Options(batch: 2, spotCheck: 50), CancellationToken.None);

        var companies = report.Phases.SelectMany(p => p.Pairs).Single(p => p.Pair == "Company");
        Assert.Equal(3, companies.Loaded);
        Assert.Equal(1, companies.Duplicates);
        Assert.Equal(0, companies.Rejected);
        Assert.True(companies.Balanced, string.Join("; ", companies.Differences));
        Assert.Equal("Acme", (string?)_s.Target.Find("account", "c1")!["name"]);
        var rows = File.ReadAllLines(Path.Combine(report.ReportFolder, "duplicates.csv"));
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("1,Company,c1,4,", rows[1], StringComparison.Ordinal);
        Assert.Contains("Acme (second copy)", rows[1], StringComparison.Ordinal);
        Assert.Equal(3, report.Phases.SelectMany(p => p.Verification).Single(v => v.Pair == "Company").Checked);
    }
}
