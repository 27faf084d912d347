using MappingDsl.Generators.Entities;
using MappingDsl.Generators.Tests.Infrastructure;

namespace MappingDsl.Generators.Tests.Entities;

public class CustomTableTests
{
    private const string Source = """
        using MappingDsl;

        namespace Sm.Custom;

        /// <summary>A Team Inbox conversation.</summary>
        [CustomTable("sm_TeamInboxThread", "Team inbox thread", "Team inbox threads", PrimaryName = "sm_Subject")]
        public partial class TeamInboxThread
        {
            /// <summary>Subject.</summary>
            [CustomColumn(ColumnType.String, MaxLength = 200)]
            public string? sm_Subject { get; set; }
        }

        public static partial class Outer
        {
            [CustomTable("sm_Note", "Note", "Notes")]
            internal partial class Note;
        }

        public static class Probe
        {
            // Compiles only if the generated partial implements IDataverseEntity.
            public static string Names<T>() where T : IDataverseEntity => T.LogicalName + "/" + T.EntitySetName;
        }
        """;

    [Fact]
    public void Custom_table_partial_is_completed_with_Table_and_IDataverseEntity()
    {
        var run = GeneratorHarness.Run(new EntityGenerator(), GeneratorHarness.Compile(Source));

        Assert.Empty(run.Result.Diagnostics);
        Assert.Empty(run.CompilationErrors);
        var assembly = GeneratorHarness.Load(run.Output);
        var thread = assembly.GetType("Sm.Custom.TeamInboxThread", throwOnError: true)!;
        var table = Reflect.Table(thread);
        Assert.Equal(
            ("sm_teaminboxthread", "sm_teaminboxthreads", "sm_teaminboxthreadid", "sm_subject", "UserOwned", false),
            (table.LogicalName, table.EntitySetName, table.PrimaryId, table.PrimaryName, table.Ownership, table.IsActivity));
        var probe = assembly.GetType("Sm.Custom.Probe", throwOnError: true)!.GetMethod("Names")!;
        Assert.Equal("sm_teaminboxthread/sm_teaminboxthreads", probe.MakeGenericMethod(thread).Invoke(null, null));
        var note = assembly.GetType("Sm.Custom.Outer+Note", throwOnError: true)!;
        Assert.Equal(("sm_note", "sm_notes", ""), (Reflect.Table(note).LogicalName, Reflect.Table(note).EntitySetName, Reflect.Table(note).PrimaryName));
    }

    [Fact]
    public void Custom_table_partial_matches_its_baseline()
    {
        var run = GeneratorHarness.Run(new EntityGenerator(), GeneratorHarness.Compile(Source));

        Assert.Equal(
            ["Sm.Custom.Outer.Note.CustomTable.g.cs", "Sm.Custom.TeamInboxThread.CustomTable.g.cs"],
            run.Result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Baseline.Match("Entities", "TeamInboxThread.CustomTable.g.cs", run.Source("Sm.Custom.TeamInboxThread.CustomTable.g.cs"));
        Baseline.Match("Entities", "Outer.Note.CustomTable.g.cs", run.Source("Sm.Custom.Outer.Note.CustomTable.g.cs"));
    }
}
