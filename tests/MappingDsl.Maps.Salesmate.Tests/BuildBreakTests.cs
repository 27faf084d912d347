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
        Assert.Equal(PackSources.LineOf(Contacts, "PersonColumns(new Lead"), line);
    }

    [Fact]
    public void Deleting_a_shared_column_fails_on_every_branch_that_requires_it()
    {
        var diagnostics = PackSources.Diagnostics(Contacts, source => PackSources.WithoutLine(source, "t.LastName = "));

        // SmContact.LastName is now read by nothing either (MDSL002); the point here is the required column.
        var required = diagnostics.Where(d => d.Id == "MDSL001").ToList();
        Assert.NotEmpty(required);
        Assert.All(diagnostics, d => Assert.Contains(d.Id, new[] { "MDSL001", "MDSL002" }));
        Assert.All(required, d => Assert.Contains("lastname", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var lines = required.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).ToHashSet();
        Assert.Contains(PackSources.LineOf(Contacts, "PersonColumns(new Contact"), lines);
    }

    [Fact]
    public void A_source_member_only_a_shared_column_reads_counts_as_read()
    {
        var diagnostics = PackSources.Diagnostics(Contacts, source => PackSources.WithoutLine(source, "t.JobTitle = "));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("MDSL002", diagnostic.Id);
        Assert.Contains("'Designation'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_set_both_in_the_branch_and_in_the_shared_columns_is_MDSL003()
    {
        var diagnostics = PackSources.Diagnostics(Contacts, source => source.Replace(
            "BirthDate = s.Birthday,", "BirthDate = s.Birthday,\n                JobTitle = s.Designation,", StringComparison.Ordinal));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("MDSL003", diagnostic.Id);
        // The edit adds one line above the shared columns, so the second assignment stands one line lower.
        Assert.Equal(PackSources.LineOf(Contacts, "t.JobTitle = ") + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
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
