using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static MappingDsl.Generators.Tests.Packs.PackRunner;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>
/// Generator diagnostics sit in the compilation's own syntax trees, so the compiler's suppression mechanisms reach
/// them: <c>#pragma warning disable</c> around a pair, <c>[SuppressMessage]</c> on it, <c>.editorconfig</c>-style severity, the pack's strictness.
/// </summary>
public sealed class DiagnosticSuppressionTests
{
    // Reads two of SmCompany's six members and ignores none: four MDSL002 warnings at the pair.
    private const string Company = """
            [Pair("Company")]
            public static Account Company(SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(s.OwnerEmail) };
        """;

    private static IReadOnlyList<Diagnostic> Unmapped(GeneratorRun run) =>
        [.. run.Result.Diagnostics.Where(d => d.Id == "MDSL002")];

    [Fact]
    public void MDSL002_is_reported_in_the_pack_source_tree()
    {
        var pack = Pack(Company, options: "");

        var run = RunPack(pack);

        var unmapped = Unmapped(run);
        Assert.Equal(4, unmapped.Count);
        Assert.All(unmapped, d =>
        {
            Assert.Equal(LocationKind.SourceFile, d.Location.Kind);
            Assert.Contains(d.Location.SourceTree, run.Output.SyntaxTrees);
            Assert.False(d.IsSuppressed);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Equal(At(pack, "Company(SmCompany").Line, d.Location.GetLineSpan().StartLinePosition.Line + 1);
        });
    }

    [Fact]
    public void Pragma_warning_disable_around_a_pair_silences_MDSL002()
    {
        var pack = Pack("#pragma warning disable MDSL002\n" + Company + "\n#pragma warning restore MDSL002", options: "");

        var run = RunPack(pack);

        Assert.DoesNotContain(Unmapped(run), d => !d.IsSuppressed);
    }

    [Fact]
    public void SuppressMessage_on_the_pair_silences_MDSL002()
    {
        var pack = Pack("""[System.Diagnostics.CodeAnalysis.SuppressMessage("MappingDsl", "MDSL002:Source member not migrated", Justification = "reviewed")]""" + "\n" + Company, options: "");

        var unmapped = Unmapped(RunPack(pack));

        Assert.Equal(4, unmapped.Count);
        Assert.All(unmapped, d => Assert.True(d.IsSuppressed, d.ToString()));
    }

    [Fact]
    public void SuppressMessage_for_another_id_leaves_MDSL002_alone()
    {
        var pack = Pack("""[System.Diagnostics.CodeAnalysis.SuppressMessage("MappingDsl", "MDSL019", Justification = "reviewed")]""" + "\n" + Company, options: "");

        Assert.Equal(4, Unmapped(RunPack(pack)).Count(d => !d.IsSuppressed));
    }

    [Fact]
    public void Pragma_for_another_id_leaves_MDSL002_alone()
    {
        var pack = Pack("#pragma warning disable MDSL019\n" + Company + "\n#pragma warning restore MDSL019", options: "");

        var run = RunPack(pack);

        Assert.Equal(4, Unmapped(run).Count(d => !d.IsSuppressed));
    }

    [Fact]
    public void Strictness_Error_raises_the_one_MDSL002_descriptor_to_an_error()
    {
        var pack = Pack(Company, options: ", UnmappedSourceMembers = Strictness.Error");

        var unmapped = Unmapped(RunPack(pack));

        Assert.Equal(4, unmapped.Count);
        Assert.All(unmapped, d =>
        {
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal(DiagnosticSeverity.Warning, d.Descriptor.DefaultSeverity);
        });
    }
}
