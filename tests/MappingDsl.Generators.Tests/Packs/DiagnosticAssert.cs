using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>
/// Asserts a run's MDSL diagnostics exactly: every expected one by ID, severity and 1-based line/column, and nothing
/// else. The failure message lists what was reported, ready to paste.
/// </summary>
internal static class DiagnosticAssert
{
    public readonly record struct Expected(string Id, DiagnosticSeverity Severity, int Line, int Column, string? MessageContains = null);

    public static void Exactly(IEnumerable<Diagnostic> reported, params Expected[] expected)
    {
        var actual = reported.Where(d => d.Id.StartsWith("MDSL", StringComparison.Ordinal) || d.Severity == DiagnosticSeverity.Error).ToList();
        var remaining = actual.ToList();
        foreach (var e in expected)
        {
            var match = remaining.FirstOrDefault(d => d.Id == e.Id && d.Severity == e.Severity && Line(d) == e.Line && Column(d) == e.Column
                && (e.MessageContains is null || d.GetMessage().Contains(e.MessageContains, StringComparison.Ordinal)));
            Assert.True(match is not null, $"Expected {e} not reported. Reported:{Environment.NewLine}{Describe(actual)}");
            remaining.Remove(match!);
        }
        Assert.True(remaining.Count == 0, $"Unexpected diagnostics:{Environment.NewLine}{Describe(remaining)}");
    }

    /// <summary>Fails on any diagnostic at all.</summary>
    public static void None(IEnumerable<Diagnostic> reported) => Exactly(reported.Where(d => d.Severity != DiagnosticSeverity.Hidden));

    private static int Line(Diagnostic d) => d.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static int Column(Diagnostic d) => d.Location.GetLineSpan().StartLinePosition.Character + 1;

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(d =>
            $"new(\"{d.Id}\", DiagnosticSeverity.{d.Severity}, {Line(d)}, {Column(d)}), // {d.Location.SourceTree?.FilePath} {d.GetMessage()}"));
}
