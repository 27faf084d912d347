using System.Collections.Generic;
using System.Linq;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Diagnostics;

namespace MappingDsl.Generators.Packs.Validation;

/// <summary>
/// Rules for matrices that decide a split's branch (MDSL025, MDSL026) and for every matrix's stated comparison
/// (MDSL027). MDSL004 itself stays in <see cref="PackValidator"/>, folded by <see cref="Key"/>.
/// </summary>
internal static class SplitMatrices
{
    /// <summary>A source value as the matrix compares it: the C# twin of <c>Matrix.Fold</c> for IgnoreCase.</summary>
    public static string Key(PicklistModel picklist, string value) =>
        picklist.Comparison == "IgnoreCase" && value != PicklistParser.NullValue ? value.Trim().ToLowerInvariant() : value;

    public static void Validate(PackModel pack, List<DiagnosticInfo> diagnostics)
    {
        foreach (var picklist in pack.Picklists)
            Comparison(picklist, diagnostics);
        var names = new HashSet<string>(pack.Pairs.Select(p => p.Name));
        foreach (var pair in pack.Pairs.Where(p => p.Configures.Count > 0))
        {
            if (pair.Shape != PairShape.DocumentationOnly)
            {
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.InvalidConfigures, pair.Location, pair.Name,
                    "only a documentation-only (InventoryRow) pair configures the target in phase 0; a loading pair takes its phase from its lookups"));
            }
            foreach (var configured in pair.Configures.Where(n => !names.Contains(n)))
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.InvalidConfigures, pair.Location, pair.Name, $"Configures names '{configured}', which is not a pair of this pack"));
        }
        foreach (var pair in pack.Pairs)
        {
            if (pair.SplitMatrix is not { } method || pack.Picklists.FirstOrDefault(p => p.Method == method) is not { } matrix)
                continue;
            if (matrix.Discovered.Length == 0)
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.SplitMatrixNotDiscovered, matrix.Location, matrix.Name, pair.Name));
            if (matrix.Policy == "Default")
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.SplitMatrixSilentDefault, matrix.SwitchLocation, matrix.Name, "_ => " + matrix.Fallback));
        }
    }

    private static void Comparison(PicklistModel picklist, List<DiagnosticInfo> diagnostics)
    {
        if (picklist.Comparison == "IgnoreCase")
        {
            if (!picklist.ReadsFolded)
            {
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.ComparisonMismatch, picklist.SwitchLocation, picklist.Name,
                    "Comparison = IgnoreCase, but the switch does not read Matrix.Fold(v); write 'Matrix.Fold(v) switch'"));
            }
            foreach (var value in picklist.Rows.SelectMany(r => r.SourceValues))
            {
                if (Key(picklist, value) != value)
                {
                    diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.ComparisonMismatch, picklist.SwitchLocation, picklist.Name,
                        $"row \"{value}\" can never match a folded value; write \"{Key(picklist, value)}\""));
                }
            }
        }
        else if (picklist.ReadsFolded)
        {
            diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.ComparisonMismatch, picklist.SwitchLocation, picklist.Name,
                "the switch reads Matrix.Fold(v) but the matrix states Comparison = Exact; add Comparison = MatrixComparison.IgnoreCase"));
        }
    }
}
