using Microsoft.CodeAnalysis;

#pragma warning disable RS2008

namespace MappingDsl.Generators.Diagnostics;

/// <summary>Split matrices and matrix comparison rules (MDSL025–MDSL027), configuration pairs (MDSL028).</summary>
internal static class SplitMatrixDiagnostics
{
    public static readonly DiagnosticDescriptor SplitMatrixNotDiscovered = Error(
        "MDSL025", "Split matrix not checked against discovery",
        "Split matrix '{0}' decides pair '{1}' but names no discovery key; set Discovered = \"object.field\" so a new source value breaks the build instead of taking the default branch");

    public static readonly DiagnosticDescriptor SplitMatrixSilentDefault = Error(
        "MDSL026", "Split matrix routes unknown values silently",
        "Split matrix '{0}' ends with '{1}', which routes values outside the matrix without a trace; use Unmapped.Review(m, v, …) to flag those records or Unmapped.Fail<…>(v) to quarantine them");

    public static readonly DiagnosticDescriptor ComparisonMismatch = Error(
        "MDSL027", "Matrix rows do not follow the stated comparison",
        "Matrix '{0}': {1}");

    public static readonly DiagnosticDescriptor InvalidConfigures = Error(
        "MDSL028", "Configuration pair invalid",
        "Pair '{0}': {1}");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, "MappingDsl", DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());
}
