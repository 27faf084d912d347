using MappingDsl.Generators.Entities;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappingDsl.Generators.Tests.Entities;

/// <summary>The checked-in 19-table snapshot, generated once for all tests of this class.</summary>
public sealed class MetadataSnapshotFixture
{
    public MetadataSnapshotFixture()
    {
        var files = EntityTestFiles.Snapshot();
        // Diagnose mode so a public member without XML docs (CS1591) shows up as the warning a real build would fail on.
        var parseOptions = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var compilation = GeneratorHarness.Compile();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new EntityGenerator().AsSourceGenerator()], additionalTexts: files, parseOptions: parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        FileCount = files.Count;
        Result = driver.GetRunResult().Results.Single();
        Output = output;
        Assembly = new Lazy<System.Reflection.Assembly>(() => GeneratorHarness.Load(output));
    }

    public int FileCount { get; }

    public GeneratorRunResult Result { get; }

    public Compilation Output { get; }

    public Lazy<System.Reflection.Assembly> Assembly { get; }

    public Type Entity(string name) => Assembly.Value.GetType("MappingDsl.Entities." + name, throwOnError: true)!;
}

public class MetadataSnapshotTests(MetadataSnapshotFixture snapshot) : IClassFixture<MetadataSnapshotFixture>
{
    [Fact]
    public void Every_table_of_the_snapshot_generates_one_entity()
    {
        Assert.Equal(23, snapshot.FileCount);
        Assert.Empty(snapshot.Result.Diagnostics);
        Assert.Equal(23, snapshot.Result.GeneratedSources.Length);
        Assert.Contains(snapshot.Result.GeneratedSources, s => s.HintName == "Account.g.cs");
        Assert.Contains(snapshot.Result.GeneratedSources, s => s.HintName == "TransactionCurrency.g.cs");
    }

    [Fact]
    public void Generated_snapshot_compiles_without_errors_or_warnings()
    {
        var problems = snapshot.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(20).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Known_columns_carry_the_snapshot_facts()
    {
        var lastName = Reflect.Column(snapshot.Entity("Contact"), "LastName");
        Assert.Equal((RequiredLevel.ApplicationRequired, 50), (lastName.Required, lastName.MaxLength));
        var subject = Reflect.Column(snapshot.Entity("Lead"), "Subject");
        Assert.Equal((RequiredLevel.ApplicationRequired, 300), (subject.Required, subject.MaxLength));
        Assert.Equal(200, Reflect.Column(snapshot.Entity("Task"), "Subject").MaxLength);
        Assert.Equal(
            "account:parentcustomerid_account:accounts;contact:parentcustomerid_contact:contacts",
            Reflect.Column(snapshot.Entity("Contact"), "ParentCustomerId").Targets);
        Assert.StartsWith("account:", Reflect.Column(snapshot.Entity("Opportunity"), "CustomerId").Targets, StringComparison.Ordinal);
        Assert.Contains(";contact:", Reflect.Column(snapshot.Entity("Opportunity"), "CustomerId").Targets, StringComparison.Ordinal);
        var owner = Reflect.Column(snapshot.Entity("Account"), "OwnerId");
        Assert.Equal((ColumnType.Owner, RequiredLevel.SystemRequired, "systemuser:ownerid:systemusers;team:ownerid:teams"), (owner.Type, owner.Required, owner.Targets));
        var taskOwner = Reflect.Column(snapshot.Entity("Task"), "OwnerId");
        Assert.Equal("systemuser:ownerid_task:systemusers;team:ownerid_task:teams", taskOwner.Targets);
        Assert.False(Reflect.Column(snapshot.Entity("Account"), "StateCode").ValidForCreate);
        // email's party lists have lower-case schema names, one of them a keyword (emitted as @from).
        Assert.Equal(typeof(IReadOnlyList<PartyRef>), snapshot.Entity("Email").GetProperty("to")?.PropertyType);
        Assert.Equal(ColumnType.PartyList, Reflect.Column(snapshot.Entity("Email"), "from").Type);
    }

    [Fact]
    public void Date_columns_follow_their_behaviour_not_their_display_format()
    {
        // overriddencreatedon is displayed as a date but stores the time (UserLocal); birthdate is a true date.
        var created = snapshot.Entity("Contact").GetProperty("OverriddenCreatedOn")!;
        var birthday = snapshot.Entity("Contact").GetProperty("BirthDate")!;

        Assert.Equal((typeof(DateTimeOffset?), ColumnType.DateTime), (created.PropertyType, Reflect.Column(snapshot.Entity("Contact"), "OverriddenCreatedOn").Type));
        Assert.Equal((typeof(DateOnly?), ColumnType.DateOnly), (birthday.PropertyType, Reflect.Column(snapshot.Entity("Contact"), "BirthDate").Type));
    }

    [Fact]
    public void Tables_know_their_names_and_kind()
    {
        var task = snapshot.Entity("Task");
        var table = Reflect.Table(task);
        Assert.Equal(("task", "tasks", "activityid", true), (table.LogicalName, table.EntitySetName, table.PrimaryId, table.IsActivity));
        Assert.Equal("opportunities", Reflect.Static(snapshot.Entity("Opportunity"), "EntitySetName"));
        Assert.Equal("transactioncurrencies", Reflect.Table(snapshot.Entity("TransactionCurrency")).EntitySetName);
        Assert.True(typeof(IDataverseEntity).IsAssignableFrom(snapshot.Entity("List")));
    }
}
