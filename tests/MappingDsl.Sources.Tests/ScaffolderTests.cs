using MappingDsl.Sources.Discovery;
using MappingDsl.Sources.Scaffolding;

namespace MappingDsl.Sources.Tests;

// The scaffolder's matching rules on a two-table org written here, so each rule is seen on its own.
public sealed class ScaffolderTests
{
    private static readonly DataverseTable Contact = new("contact", "Contact",
    [
        Column("emailaddress1", "EMailAddress1", "Email", "String"),
        Column("telephone1", "Telephone1", "Business Phone", "String"),
        Column("firstname", "FirstName", "First Name", "String"),
        Column("birthdate", "BirthDate", "Birthday", "DateTime"),
        Column("numberofchildren", "NumberOfChildren", "Children Count", "Integer"),
        Column("ownerid", "OwnerId", "Owner", "Owner"),
        Column("parentcustomerid", "ParentCustomerId", "Company Name", "Customer", ["account", "contact"]),
        Column("preferredcontactmethodcode", "PreferredContactMethodCode", "Preferred Method of Contact", "Picklist", options: ["Any", "Email", "Phone"]),
    ]);

    private static readonly DataverseTable Account = new("account", "Account", [Column("name", "Name", "Account Name", "String")]);

    private static readonly SourceShape Shape = new("acme", "Acme", "ac",
    [
        new("company", "Company", ["account"], [new("id", FieldKind.Id), new("name", FieldKind.Text)]),
        new("person", "Person", ["contact"],
        [
            new("id", FieldKind.Id), new("email", FieldKind.Email), new("phone", FieldKind.Phone), new("firstName", FieldKind.Text),
            new("company", FieldKind.Reference, RefersTo: "company"), new("owner", FieldKind.User), new("shoeSize", FieldKind.Integer),
            new("lastModifiedAt", FieldKind.DateTime),
        ]),
    ], new Dictionary<string, string>());

    [Fact]
    public void Matches_by_name_synonym_and_reference_and_keeps_the_rest_in_custom_columns()
    {
        var pair = Propose().Pairs.Single(p => p.Module == "person");
        var byField = pair.Assignments.ToDictionary(a => a.SourceField);

        Assert.Equal(("firstname", 1.0), (byField["firstName"].Column, byField["firstName"].Score));
        Assert.Equal(("telephone1", "synonym"), (byField["phone"].Column, byField["phone"].Why.Split(' ')[0]));
        Assert.Equal("emailaddress1", byField["email"].Column);
        Assert.Equal("m.Ref(Companies, s.Company?.Id)", byField["company"].Expression);
        Assert.Equal("m.Owner(s.Owner?.Email)", byField["owner"].Expression);
        Assert.True(byField["shoeSize"].NewColumn);
        Assert.Equal("ac_shoesize", byField["shoeSize"].Column);
        Assert.Contains("lastModifiedAt", pair.Ignored.Keys);
    }

    [Fact]
    public void A_custom_field_takes_a_standard_column_only_by_its_label_and_its_picklist_gets_a_row_per_value()
    {
        var proposal = Propose(
            new CustomFieldInfo { Module = "person", Name = "dateCustomField1", Label = "Birthday", Type = "Date" },
            new CustomFieldInfo { Module = "person", Name = "intCustomField1", Label = "Children", Type = "Integer" },
            new CustomFieldInfo { Module = "person", Name = "selectCustomField1", Label = "Contact Method", Type = "Select", Options = ["Email", "Fax"] });
        var byField = proposal.Pairs.Single(p => p.Module == "person").Assignments.ToDictionary(a => a.SourceField);

        Assert.Equal("birthdate", byField["dateCustomField1"].Column);
        // "Children" is half of "Children Count" (a match for a standard field), but a custom field needs its whole label to match.
        Assert.Equal("ac_children", byField["intCustomField1"].Column);
        var matrix = proposal.Matrices.Single(m => m.Discovered == "person.selectCustomField1");
        Assert.Equal(["Email", "Fax"], matrix.Rows.Select(r => r.Value));
    }

    [Fact]
    public void A_standard_choice_matrix_proposes_options_by_label_and_leaves_the_rest_to_decide()
    {
        var shape = Shape with
        {
            Modules = [.. Shape.Modules, new("lead", "Lead", ["contact"], [new("id", FieldKind.Id), new("preferredContactMethod", FieldKind.Text)])],
        };
        var discovery = Discovery();
        discovery.Objects["lead"] = new ObjectStats { Count = 1 };
        discovery.Values["lead.preferredContactMethod"] = ["Email", "Pigeon"];
        var proposal = Scaffolder.Propose(shape, discovery, Tables());

        var matrix = proposal.Matrices.Single(m => m.Discovered == "lead.preferredContactMethod");
        Assert.Equal(["Email", null], matrix.Rows.Select(r => r.Option));
        Assert.Contains(ProposalReport.Open(proposal), d => d.Contains("\"Pigeon\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_names_every_assignment_of_an_existing_pack_the_proposal_missed()
    {
        var proposal = Propose();
        var comparison = ProposalComparison.Compare(proposal, "acme",
        [
            new("People", "person", "contact", "firstname", ["firstName"], "s.FirstName"),
            new("People", "person", "contact", "jobtitle", ["shoeSize"], "s.ShoeSize.ToString()"),
            new("People", "person", "contact", "donotemail", [], "true"),
        ]);

        Assert.Equal(0.5, comparison.Coverage);
        Assert.Contains("- missed: People `contact.jobtitle`", ProposalReport.Markdown(proposal, comparison), StringComparison.Ordinal);
    }

    private static PackProposal Propose(params CustomFieldInfo[] custom)
    {
        var discovery = Discovery();
        discovery.CustomFields.AddRange(custom);
        return Scaffolder.Propose(Shape, discovery, Tables());
    }

    private static DiscoverySnapshot Discovery() => new()
    {
        Source = "acme",
        TakenAt = DateTimeOffset.UnixEpoch,
        Objects = new(StringComparer.Ordinal) { ["company"] = new() { Count = 2 }, ["person"] = new() { Count = 3 } },
    };

    private static Dictionary<string, DataverseTable> Tables() => new(StringComparer.Ordinal) { ["contact"] = Contact, ["account"] = Account };

    private static DataverseColumn Column(string name, string schema, string label, string type, IReadOnlyList<string>? targets = null, IReadOnlyList<string>? options = null) =>
        new("contact", name, schema, label, type, targets ?? [], options ?? []);
}
