using System.Globalization;

namespace MappingDsl.Maps.Wetroo.Tests;

/// <summary>What the compiler says when the Wetroo pack's stage matrix loses a row discovery needs.</summary>
public sealed class BuildBreakTests
{
    private static readonly string StageMatrix = Path.Combine("Pairs", "StageMatrix.cs");

    [Fact]
    public void The_pack_as_checked_in_has_no_diagnostics()
    {
        Assert.Empty(PackSources.Diagnostics());
    }

    [Theory]
    [InlineData("Sample Sent")]
    [InlineData("Follow Up (old)")]
    public void Deleting_a_stage_row_fails_the_build_naming_the_discovered_stage(string stage)
    {
        var diagnostics = PackSources.Diagnostics(StageMatrix, source => PackSources.WithoutLine(source, $"\"{stage}\" =>"));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("MDSL004", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"'{stage}'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var switchLine = PackSources.LineOf(StageMatrix, "public static Opportunity.SalesStageOption? Stage(string? v) => v switch");
        Assert.Equal(switchLine, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }
}
