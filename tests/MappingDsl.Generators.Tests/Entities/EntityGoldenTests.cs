using MappingDsl.Generators.Entities;
using MappingDsl.Generators.Tests.Infrastructure;

namespace MappingDsl.Generators.Tests.Entities;

public class EntityGoldenTests
{
    [Fact]
    public void Hand_written_table_with_every_column_type_matches_its_baseline()
    {
        var run = GeneratorHarness.Run(new EntityGenerator(), GeneratorHarness.Compile(), EntityTestFiles.Data("golden"));

        Assert.Empty(run.Result.Diagnostics);
        Assert.Equal(["new_Category.g.cs", "new_Widget.g.cs"], run.Result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Assert.Empty(run.CompilationErrors);
        Baseline.Match("Entities", "new_Widget.g.cs", run.Source("new_Widget.g.cs"));
        Baseline.Match("Entities", "new_Category.g.cs", run.Source("new_Category.g.cs"));
    }

    [Fact]
    public void Generated_table_compiles_without_warnings_and_carries_its_metadata()
    {
        var run = GeneratorHarness.Run(new EntityGenerator(), GeneratorHarness.Compile(), EntityTestFiles.Data("golden"));

        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        var widget = GeneratorHarness.Load(run.Output).GetType("MappingDsl.Entities.new_Widget", throwOnError: true)!;
        var table = Reflect.Table(widget);
        Assert.Equal(("new_widget", "new_widgets", "new_widgetid", "new_name", "UserOwned", false),
            (table.LogicalName, table.EntitySetName, table.PrimaryId, table.PrimaryName, table.Ownership, table.IsActivity));
        Assert.Equal("new_widget", Reflect.Static(widget, "LogicalName"));
        // Lookup targets: transcribed names, the relationship's name, the rule; entity sets from the snapshot or + "s".
        Assert.Equal("account:new_customerid_account:accounts;contact:new_customerid_contact:contacts", Reflect.Column(widget, "new_CustomerId").Targets);
        Assert.Equal("new_widget:new_ParentWidgetId:new_widgets", Reflect.Column(widget, "new_ParentWidgetId").Targets);
        Assert.Equal("new_category:new_categoryid:new_categories", Reflect.Column(widget, "new_CategoryId").Targets);
        Assert.Equal("systemuser:new_managerid:systemusers", Reflect.Column(widget, "new_ManagerId").Targets);
        Assert.Equal(typeof(DateOnly?), widget.GetProperty("new_DueDate")!.PropertyType);
        Assert.Equal(ColumnType.DateOnly, Reflect.Column(widget, "new_DueDate").Type);
        Assert.False(Reflect.Column(widget, "StateCode").ValidForCreate);
        Assert.Equal(typeof(IReadOnlyList<PartyRef>), widget.GetProperty("new_Attendees")!.PropertyType);
        Assert.Null(widget.GetProperty("EntityImage"));
        Assert.Null(widget.GetProperty("new_Manual"));
        Assert.Null(widget.GetProperty("CreatedOn"));
    }
}
