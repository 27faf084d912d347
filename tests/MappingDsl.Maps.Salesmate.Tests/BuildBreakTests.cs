namespace MappingDsl.Maps.Salesmate.Tests;

/// <summary>What the compiler says when the real Salesmate pack is broken the way an engineer might break it.</summary>
public sealed class BuildBreakTests
{
    private static readonly string Contacts = Path.Combine("Pairs", "Contacts.cs");
    private static readonly string Deals = Path.Combine("Pairs", "Deals.cs");

    [Fact]
    public void The_pack_as_checked_in_has_no_diagnostics()
    {
        Assert.Empty(PackSources.Diagnostics());
    }

    [Fact]
    public void Deleting_the_lead_subject_fails_with_MDSL001_at_the_lead_initializer()
    {
        var diagnostics = PackSources.Diagnostics(Contacts, source => PackSources.WithoutLine(source, "Subject = "));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("MDSL001", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("subject", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
        Assert.Equal(PackSources.LineOf(Contacts, ": new Lead"), line);
    }

    [Fact]
    public void Deleting_a_stage_matrix_row_fails_with_MDSL004_for_each_discovered_value_it_covered()
    {
        var diagnostics = PackSources.Diagnostics(Deals, source => PackSources.WithoutLine(source, "\"Proposal\" or \"Negotiation\""));

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("MDSL004", d.Id));
        var messages = diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(messages, m => m.Contains("Proposal", StringComparison.Ordinal));
        var switchLine = PackSources.LineOf(Deals, "public static Opportunity.SalesStageOption? Stage(string? v) => v switch");
        Assert.All(diagnostics, d => Assert.Equal(switchLine, d.Location.GetLineSpan().StartLinePosition.Line + 1));
    }
}
