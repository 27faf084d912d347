using System.Text;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Sources.Discovery;
using MappingDsl.Sources.Salesmate;

namespace MappingDsl.Maps.Salesmate.Tests;

/// <summary>Every custom field discovery finds needs a fate in the pack (MDSL020), or the build says so.</summary>
public sealed class CustomFieldFateTests
{
    private const string Company = "Source/SmCompany.cs";
    private const string Companies = "Pairs/Companies.cs";

    [Fact]
    public async Task A_custom_field_added_in_Salesmate_is_a_build_diagnostic_until_the_pack_decides_its_fate()
    {
        var added = new EmulatorCustomField("company", "textCustomField2", "Account Manager Notes", "Text", []);
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 30, ExtraCustomFields = [added] });
        using var extractor = new SalesmateExtractor(new SalesmateOptions
        {
            LinkName = emulator.LinkName,
            AccessToken = emulator.AccessKey,
            BaseUri = emulator.BaseUri,
            CallsPerWindow = 100_000,
            RateWindow = TimeSpan.FromSeconds(1),
            RateBurst = 1000,
        });
        var snapshot = await new SalesmateDiscovery(extractor).RunAsync(CancellationToken.None);

        // Discovery records the field with its type, where it lives and how often it is filled.
        var field = Assert.Single(snapshot.CustomFields, f => f.Name == "textCustomField2");
        Assert.Equal(("company", "Text", "Account Manager Notes"), (field.Module, field.Type, field.Label));
        Assert.Equal(["company"], field.RecordModules);
        Assert.InRange(field.FillRate, 0.5, 0.99);   // the emulator leaves about one value in six empty
        var activity = Assert.Single(snapshot.CustomFields, f => f is { Module: "activity", Name: "textCustomField1" });
        Assert.Equal(["call", "meeting", "task"], activity.RecordModules.Order(StringComparer.Ordinal));
        var discovery = Encoding.UTF8.GetString(DiscoverySnapshotJson.ToUtf8(snapshot));

        var undecided = PackSources.Diagnostics(new Dictionary<string, Func<string, string>>(), discovery);
        var diagnostic = Assert.Single(undecided, d => d.Id == "MDSL020");
        Assert.Contains("'Account Manager Notes' (company.textCustomField2, Text", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("pair 'Companies'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(PackSources.LineOf(Companies, "public static Account Companies("), diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);

        // A member alone is not a fate: MDSL002 then asks for it to be mapped or ignored.
        var member = new Dictionary<string, Func<string, string>> { [Company] = AddMember };
        var unmapped = PackSources.Diagnostics(member, discovery);
        Assert.DoesNotContain(unmapped, d => d.Id == "MDSL020");
        Assert.Contains(unmapped, d => d.Id == "MDSL002" && d.GetMessage().Contains("AccountManagerNotes", StringComparison.Ordinal));

        // Ignored with a reason: decided, and the build is clean again.
        var ignored = new Dictionary<string, Func<string, string>>
        {
            [Company] = AddMember,
            [Companies] = text => text.Replace(
                "    public static Account Companies(",
                "    [Ignore(nameof(SmCompany.AccountManagerNotes), Reason = \"Internal notes stay in Salesmate\")]\n    public static Account Companies(",
                StringComparison.Ordinal),
        };
        Assert.DoesNotContain(PackSources.Diagnostics(ignored, discovery), d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
    }

    [Fact]
    public void The_checked_in_discovery_leaves_no_custom_field_without_a_fate() =>
        Assert.DoesNotContain(PackSources.Diagnostics(), d => d.Id == "MDSL020");

    private static string AddMember(string text) => text.Replace(
        "    [JsonPropertyName(\"dateCustomField1\")] public DateOnly? CustomerSince { get; init; }",
        "    [JsonPropertyName(\"dateCustomField1\")] public DateOnly? CustomerSince { get; init; }\n\n    /// <summary>Added in Salesmate after the pack was written.</summary>\n    [JsonPropertyName(\"textCustomField2\")] public string? AccountManagerNotes { get; init; }",
        StringComparison.Ordinal);
}
