using System.Globalization;

namespace MappingDsl.Maps.CustomerIo.Tests;

/// <summary>What the build says about the Customer.io pack as checked in, and when its rules are broken.</summary>
public sealed class PackRulesTests
{
    private static string Snapshot() => File.ReadAllText(Path.Combine(PackBuild.PackDirectory(), "discovery", "customerio.discovery.json"));

    [Fact]
    public void The_pack_as_checked_in_builds_without_diagnostics()
    {
        var build = PackBuild.Build(Snapshot());

        Assert.True(build.SchemaDiagnostics.Count == 0, string.Join("\n", build.SchemaDiagnostics));
        Assert.True(build.PackDiagnostics.Count == 0, string.Join("\n", build.PackDiagnostics));
    }

    [Fact]
    public void Events_load_in_batches_of_5000_and_the_other_pairs_keep_the_run_wide_size()
    {
        var pairs = CustomerIoPack.Catalog.Pairs;

        Assert.Equal(5000, pairs.Single(p => p.Name == "Events").BatchSize);
        Assert.All(pairs.Where(p => p.Name != "Events"), p => Assert.Null(p.BatchSize));
    }

    [Fact]
    public void A_snapshot_without_the_event_profile_fails_the_schema_build()
    {
        var snapshot = Snapshot().Replace("\"event\": {\n      \"records\"", "\"events_renamed\": {\n      \"records\"", StringComparison.Ordinal);
        Assert.NotEqual(Snapshot(), snapshot);

        var diagnostic = Assert.Single(PackBuild.Build(snapshot).SchemaDiagnostics);

        Assert.Equal("MDSL030", diagnostic.Id);
        Assert.Contains("'event'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_delivery_status_in_discovery_fails_the_pack_build_at_the_status_matrix()
    {
        var snapshot = Snapshot().Replace("\"delivery._status\": [", "\"delivery._status\": [\n      \"quarantined\",", StringComparison.Ordinal);
        Assert.NotEqual(Snapshot(), snapshot);

        var diagnostic = Assert.Single(PackBuild.Build(snapshot).PackDiagnostics);

        Assert.Equal("MDSL004", diagnostic.Id);
        Assert.Contains("'quarantined'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_table_without_its_rest_column_fails_the_schema_build()
    {
        var build = PackBuild.Build(Snapshot(), text => text.Replace("Rest = nameof(cio_OtherProperties)", "Rest = \"cio_Missing\"", StringComparison.Ordinal));

        var diagnostic = Assert.Single(build.SchemaDiagnostics);
        Assert.Equal("MDSL032", diagnostic.Id);
        Assert.Contains("'cio_Missing'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_discovered_key_whose_column_is_already_declared_stays_in_the_rest_column_with_a_warning()
    {
        var build = PackBuild.Build(Snapshot(), text => text.Replace(
            "    public string? cio_OtherProperties { get; set; }",
            "    public string? cio_OtherProperties { get; set; }\n\n    /// <summary>Declared by hand.</summary>\n    public string? cio_ep_url { get; set; }",
            StringComparison.Ordinal));

        var diagnostic = Assert.Single(build.SchemaDiagnostics);
        Assert.Equal("MDSL031", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("'url'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
