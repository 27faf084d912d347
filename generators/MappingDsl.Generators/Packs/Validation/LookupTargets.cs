using System;
using System.Collections.Generic;
using System.Linq;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Diagnostics;

namespace MappingDsl.Generators.Packs.Validation;

/// <summary>
/// MDSL018–019: an <c>m.Ref(Pair, …)</c> into a lookup column must name a pair whose table the column can point to.
/// A split pair whose branches land partly elsewhere is a warning: at run time such a record's lookup is left unset
/// and flagged (the writer gives a reason instead of sending a request the org refuses).
/// </summary>
internal static class LookupTargets
{
    public static void Check(PackModel pack, PairModel pair, RecordModel record, List<DiagnosticInfo> diagnostics)
    {
        if (record.Entity is not { } entity)
            return;
        foreach (var assignment in record.Assignments)
        {
            if (assignment.Kind is not (ValueKind.Ref or ValueKind.RefLater) || assignment.Column is not { } column || assignment.Location is not { } where)
                continue;
            var targets = Targets(column);
            if (targets.Count == 0)
                continue;
            foreach (var reference in pair.References)
            {
                if (reference.Pair is not { } name || reference.Location is not { } at || !Inside(at, where))
                    continue;
                var referenced = pack.Pairs.FirstOrDefault(p => p.Name == name);
                var tables = referenced?.Records.Select(r => r.Entity?.LogicalName).Where(t => t is not null).Select(t => t!).Distinct().ToList();
                if (tables is null || tables.Count == 0)
                    continue;
                var outside = tables.Where(t => !targets.Contains(t)).ToList();
                if (outside.Count == tables.Count)
                {
                    diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.LookupTargetExcluded, at,
                        column.LogicalName, entity.LogicalName, Join(targets), name, Join(tables)));
                }
                else if (outside.Count > 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.LookupTargetPartly, at,
                        column.LogicalName, entity.LogicalName, Join(targets), name, Join(outside)));
                }
            }
        }
    }

    // "account:parentcustomerid_account:accounts;contact:…" → {account, contact}; a custom lookup names its one table.
    private static HashSet<string> Targets(ColumnModel column)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in column.Targets.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            result.Add(target.Split(':')[0]);
        if (result.Count == 0 && column.CustomTarget.Length > 0)
            result.Add(column.CustomTarget);
        return result;
    }

    private static bool Inside(LocationInfo inner, LocationInfo outer) =>
        inner.FilePath == outer.FilePath && outer.Span.Contains(inner.Span);

    private static string Join(IEnumerable<string> tables) => string.Join(", ", tables.OrderBy(t => t, StringComparer.Ordinal).Select(t => "'" + t + "'"));
}
