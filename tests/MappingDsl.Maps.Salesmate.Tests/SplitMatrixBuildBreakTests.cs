using System.Globalization;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Sources.Discovery;
using MappingDsl.Sources.Salesmate;

namespace MappingDsl.Maps.Salesmate.Tests;

/// <summary>
/// The lead/contact split is a matrix over discovered lifecycle stages: a stage the customer adds in Salesmate
/// reaches the build through discovery and breaks it until the matrix has a row.
/// </summary>
public sealed class SplitMatrixBuildBreakTests
{
    private static readonly string Contacts = Path.Combine("Pairs", "Contacts.cs");

    private static async Task<string> DiscoverAsync(SalesmateEmulatorOptions options)
    {
        await using var emulator = await SalesmateEmulator.StartAsync(options);
        using var extractor = new SalesmateExtractor(new SalesmateOptions
        {
            LinkName = emulator.LinkName,
            AccessToken = emulator.AccessKey,
            BaseUri = emulator.BaseUri,
            PageSize = 250,
            CallsPerWindow = 100_000,
            RateWindow = TimeSpan.FromSeconds(1),
            RateBurst = 1000,
        });
        var snapshot = await new SalesmateDiscovery(extractor).RunAsync(CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(DiscoverySnapshotJson.ToUtf8(snapshot));
    }

    [Fact]
    public async Task A_lifecycle_stage_added_in_the_emulator_fails_the_build_until_the_split_matrix_has_a_row()
    {
        var discovery = await DiscoverAsync(new SalesmateEmulatorOptions { Records = 400, Seed = 3, ExtraLifecycleStages = ["Partner Referral"] });
        Assert.Contains("\"Partner Referral\"", discovery, StringComparison.Ordinal);

        var broken = PackSources.Diagnostics(discoveryJson: discovery);

        var diagnostic = Assert.Single(broken);
        Assert.Equal("MDSL004", diagnostic.Id);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'Partner Referral'", message, StringComparison.Ordinal);
        Assert.Contains("Lifecycle stage", message, StringComparison.Ordinal);
        Assert.Equal(PackSources.LineOf(Contacts, "LifecycleRoute(string? v, MapContext m) => Matrix.Fold(v) switch"),
            diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);

        var withRow = PackSources.Diagnostics(Contacts,
            source => source.Replace("\"opportunity\" or \"other\" =>", "\"opportunity\" or \"other\" or \"partner referral\" =>", StringComparison.Ordinal),
            discovery);
        Assert.Empty(withRow);
    }

    [Fact]
    public async Task The_same_stage_in_another_case_meets_its_row()
    {
        var discovery = await DiscoverAsync(new SalesmateEmulatorOptions { Records = 400, Seed = 3, ExtraLifecycleStages = ["CUSTOMER"] });
        Assert.Contains("\"CUSTOMER\"", discovery, StringComparison.Ordinal);

        Assert.Empty(PackSources.Diagnostics(discoveryJson: discovery));
    }
}
