using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Diagnostics;

namespace MappingDsl.Generators.Packs.Validation;

/// <summary>
/// Gives each choice column declared with <c>Choices = "list"</c> the options its discovery list fixed, or leaves it
/// out of the manifest and the transforms when the list holds <c>ChoicesBelow</c> values or more (MDSL016, MDSL017).
/// The option values come from the snapshot, never from their order here, so re-running discovery cannot renumber them.
/// </summary>
internal static class ChoiceColumns
{
    public static PackModel Resolve(PackModel pack, ImmutableArray<DiscoverySnapshot> snapshots, List<DiagnosticInfo> diagnostics)
    {
        if (!pack.Pairs.SelectMany(p => p.Records).SelectMany(r => r.Assignments).Any(a => a.Column is { ChoiceList.Length: > 0 }))
            return pack;
        var lists = new Dictionary<string, DiscoveryChoiceList>();
        foreach (var snapshot in snapshots.Where(s => s.Error is null && string.Equals(s.Source, pack.Name, System.StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var list in snapshot.Choices)
                lists[list.Name] = list;
        }
        var reported = new HashSet<string>();
        var pairs = pack.Pairs.Select(pair => pair with
        {
            Records = pair.Records.Select(record => record with
            {
                Assignments = record.Assignments.Select(assignment => assignment.Column is { ChoiceList.Length: > 0 } column
                    ? assignment with { Column = Resolve(pack, column, assignment.Location, lists, reported, diagnostics) }
                    : assignment).ToEquatableArray(),
            }).ToEquatableArray(),
        }).ToEquatableArray();
        return pack with { Pairs = pairs };
    }

    private static ColumnModel Resolve(
        PackModel pack, ColumnModel column, LocationInfo? location, Dictionary<string, DiscoveryChoiceList> lists, HashSet<string> reported, List<DiagnosticInfo> diagnostics)
    {
        // One diagnostic per column and list, at the first assignment, however many pairs and branches set it.
        var first = reported.Add(column.LogicalName + "\n" + column.ChoiceList);
        if (!lists.TryGetValue(column.ChoiceList, out var list))
        {
            if (first)
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.ChoiceListNotDiscovered, location, column.LogicalName, column.ChoiceList, pack.Name));
            return column;
        }
        if (list.Options.Count >= column.ChoicesBelow)
        {
            if (first)
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.ChoiceListTooLarge, location, column.LogicalName, column.ChoiceList,
                    list.Options.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), column.ChoicesBelow.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return column with { LeftOut = true };
        }
        return column with { Options = string.Join(";", list.Options) };
    }
}
