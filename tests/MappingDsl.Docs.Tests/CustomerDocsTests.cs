using MappingDsl.Catalog;

namespace MappingDsl.Docs.Tests;

public sealed class CustomerDocsTests
{
    internal static MapCatalog Catalog()
    {
        var manifest = new ProvisioningManifest(
            "demo",
            "sm",
            DataverseEdition.SalesEnterprise,
            [new ManifestTable("sm_TeamInboxThread", "sm_teaminboxthread", "Team Inbox thread", "Team Inbox threads", "sm_Name", 200)],
            [new ManifestColumn("lead", "sm_OriginalLifecycle", "sm_originallifecycle", ColumnType.String, "Original lifecycle stage", 100, 0, [], "", "")],
            [],
            [new ManifestKey("account", "sm_SourceIdKey", "sm_sourceidkey", ["sm_sourceid"])]);
        PairInfo company = new(
            "Company", "Company", "company", "SmCompany", PairKind.OneToOne, ["account"], "Companies become accounts.", null, 1,
            [], ["Company"],
            [
                new FieldInfo("account", "name", ColumnType.String, "s.Name", ["Name"], null, null),
                new FieldInfo("account", "description", ColumnType.Memo, "Lossy.Truncate(s.Notes, 2000, \"cut | long\")", ["Notes"], "cut | long", null),
            ],
            [new IgnoredMember("AvatarUrl", "Avatars are not migrated")],
            null);
        PairInfo contact = new(
            "Contact", "Contact", "contact", "SmContact", PairKind.Split, ["lead", "contact"], "", null, 2,
            ["Company"], [],
            [new FieldInfo("contact", "parentcustomerid", ColumnType.Lookup, "m.Ref(Company, s.CompanyId)", ["CompanyId"], null, "Company")],
            [],
            "s.Stage is \"lead\"");
        PairInfo flows = new(
            "SmartFlow", "Smart Flow membership", "smartflow", "SmFlow", PairKind.DocumentationOnly, ["Power Automate (rebuild required)"],
            "", "Automation logic is not readable through the API", 3, [], [], [], [], null);
        PicklistMatrix stages = new(
            "Deal stage", "Stage", "Opportunity.SalesStageOption",
            [new PicklistRow(["New", "Qualified"], "Opportunity.SalesStageOption.Qualify")],
            UnmappedPolicy.Review, "Opportunity.SalesStageOption.Qualify", "deal.stage");
        return new MapCatalog(
            "demo", "Salesmate", "1.2.0", "sm", DataverseEdition.SalesEnterprise, "sm_sourceid",
            [company, contact, flows],
            [new PhaseInfo(1, ["Company"]), new PhaseInfo(2, ["Contact"]), new PhaseInfo(3, ["SmartFlow"])],
            [stages],
            manifest.ToJson(),
            []);
    }

    [Fact]
    public void Mapping_document_prints_every_pair_field_matrix_and_schema_row()
    {
        var markdown = CustomerDocs.RenderMapping(Catalog());

        Assert.Contains("# Salesmate → Dynamics 365 Sales: mapping tables", markdown, StringComparison.Ordinal);
        Assert.Contains("| Company | account | 1:1 | 1 | Companies become accounts. |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Contact | lead or contact | 1:many (split) | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Smart Flow membership | Power Automate (rebuild required) | documentation only | 3 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2 | Contact |", markdown, StringComparison.Ordinal);
        Assert.Contains("| account | `name` | String | `s.Name` |", markdown, StringComparison.Ordinal);
        Assert.Contains("lookup to Company", markdown, StringComparison.Ordinal);
        Assert.Contains("Needs first: Company (second pass).", markdown, StringComparison.Ordinal);
        Assert.Contains("- `AvatarUrl`: Avatars are not migrated", markdown, StringComparison.Ordinal);
        Assert.Contains("| New, Qualified | `Opportunity.SalesStageOption.Qualify` |", markdown, StringComparison.Ordinal);
        Assert.Contains("set to the fallback and flagged for review", markdown, StringComparison.Ordinal);
        Assert.Contains("| `sm_teaminboxthread` (Team Inbox thread) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| lead | `sm_originallifecycle` | String(100) | Original lifecycle stage |", markdown, StringComparison.Ordinal);
        Assert.Contains("| account | `sm_sourceidkey` | sm_sourceid |", markdown, StringComparison.Ordinal);
        Assert.Contains("No record is loaded", markdown, StringComparison.Ordinal);
        Assert.Contains("Record Type", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_in_expressions_and_reasons_do_not_break_tables()
    {
        var markdown = CustomerDocs.RenderMapping(Catalog());

        Assert.Contains("| Company | account.description | cut \\| long |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Smart Flow membership | (whole object) | Automation logic is not readable through the API |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_puts_the_markdown_and_the_html_document_side_by_side()
    {
        var directory = Path.Combine(Path.GetTempPath(), "mapdsl-docs-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = CustomerDocs.Write(Catalog(), directory);
            Assert.Equal(["demo-mapping.md", "demo-mapping.html"], written.Select(Path.GetFileName));
            Assert.Equal(CustomerDocs.RenderMapping(Catalog()), File.ReadAllText(written[0]));
            Assert.Equal(CustomerDocs.RenderMappingHtml(Catalog()), File.ReadAllText(written[1]));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
