using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Diagnostics;

namespace MappingDsl.Generators.Packs.Validation;

/// <summary>
/// MDSL020: every custom field discovery found on records a pair reads must have a member on the pair's source type.
/// A JSON key without a member is skipped by the parser, so without this check a customer's field would vanish; with a
/// member, MDSL002 then insists it is mapped or ignored with a reason.
/// </summary>
internal static class CustomFieldFates
{
    public static void Check(PackModel pack, ImmutableArray<DiscoverySnapshot> snapshots, List<DiagnosticInfo> diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var snapshot in snapshots)
        {
            if (snapshot.Error is not null || !string.Equals(snapshot.Source, pack.Name, StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var field in snapshot.CustomFields)
            {
                foreach (var pair in pack.Pairs.Where(p => field.RecordModules.Any(m => string.Equals(m, p.Module, StringComparison.OrdinalIgnoreCase))))
                {
                    // Keys compare ignoring case: a camelCase naming policy reads "tier" into a member named Tier.
                    // A member of a nested block (Wetroo's custom_fields) reads the key as well.
                    if (pair.SourceMembers.Any(m => string.Equals(m.JsonName, field.Name, StringComparison.OrdinalIgnoreCase)
                        || m.NestedJsonNames.Any(n => string.Equals(n, field.Name, StringComparison.OrdinalIgnoreCase))))
                        continue;
                    if (!reported.Add(pair.Name + "|" + field.Module + "." + field.Name))
                        continue;
                    var fill = field.FillRate.Length == 0 ? "" : ", " + FillText(field.FillRate) + " filled";
                    diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.CustomFieldWithoutFate, pair.Location,
                        field.Label.Length == 0 ? field.Name : field.Label, field.Module, field.Name, field.Type, fill,
                        pair.Module, pair.Name, pair.SourceTypeName));
                }
            }
        }
    }

    private static string FillText(string fillRate) =>
        double.TryParse(fillRate, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var rate)
            ? Math.Round(rate * 100, 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " %"
            : fillRate;
}
