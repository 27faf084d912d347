using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Packs.Validation;

/// <summary>Checks a parsed pack against the rules the compiler cannot see (MDSL001–MDSL013) and the discovery snapshots.</summary>
internal static class PackValidator
{
    private static readonly string[] SetAfterCreate = { "statecode", "statuscode" };

    public static PackResult Validate(PackParse parse, ImmutableArray<DiscoverySnapshot> snapshots, CancellationToken token)
    {
        var diagnostics = new List<DiagnosticInfo>(parse.Diagnostics);
        var pack = parse.Model;
        if (pack is null)
            return new PackResult(null, diagnostics.ToEquatableArray());
        try
        {
            var pairNames = new HashSet<string>(pack.Pairs.Select(p => p.Name));
            foreach (var pair in pack.Pairs)
            {
                token.ThrowIfCancellationRequested();
                Pair(pack, pair, pairNames, diagnostics);
            }
            foreach (var cycle in DependencyGraph.Cycles(pack.Pairs.ToList()))
            {
                var first = pack.Pairs.First(p => p.Name == cycle[0]);
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.DependencyCycle, first.Location, string.Join(" → ", cycle)));
            }
            Names(pack, diagnostics);
            SharedTables(pack, diagnostics);
            Discovery(pack, snapshots, diagnostics);
            CustomFieldFates.Check(pack, snapshots, diagnostics);
            SplitMatrices.Validate(pack, diagnostics);
            pack = ChoiceColumns.Resolve(pack, snapshots, diagnostics);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.InternalError, pack.Location, pack.ClassName, e.GetType().Name + ": " + e.Message));
        }
        var failed = diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
        return new PackResult(failed ? null : pack, diagnostics.ToEquatableArray());
    }

    private static void Pair(PackModel pack, PairModel pair, HashSet<string> pairNames, List<DiagnosticInfo> diagnostics)
    {
        foreach (var reference in pair.References)
        {
            if (reference.Pair is null || !pairNames.Contains(reference.Pair))
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.ReferenceNotAPair, reference.Location, reference.Text));
        }

        var known = new HashSet<string>(pair.SourceMembers.Select(m => m.Name));
        foreach (var ignore in pair.Ignored)
        {
            if (!known.Contains(ignore.Member))
            {
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.UnknownName, ignore.Location,
                    $"[Ignore] on pair '{pair.Name}' names '{ignore.Member}', which '{pair.SourceTypeName}' does not have"));
            }
        }

        if (pack.UnmappedSourceMembers != UnmappedStrictness.Ignore)
        {
            // Strictness.Error raises this pack's MDSL002 to an error; Strictness.Warning keeps the descriptor's default.
            DiagnosticSeverity? severity = pack.UnmappedSourceMembers == UnmappedStrictness.Error ? DiagnosticSeverity.Error : null;
            var covered = new HashSet<string>(pair.MembersRead.Concat(pair.Ignored.Select(i => i.Member)));
            if (pair.SourceKey is { } key)
                covered.Add(key.Member);
            foreach (var member in pair.SourceMembers)
            {
                if (!covered.Contains(member.Name))
                    diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.SourceMemberNotMapped, pair.Location, member.Name, pair.SourceTypeName, pair.Name) with { Severity = severity });
            }
        }

        foreach (var record in pair.Records)
        {
            Record(pair, record, diagnostics);
            LookupTargets.Check(pack, pair, record, diagnostics);
        }

        foreach (var unset in pair.LeftUnset)
        {
            if (!pair.Records.Any(r => r.Entity is { } e && e.RequiredColumns.Any(c => c.Property == unset.Member)))
            {
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.UnknownName, unset.Location,
                    $"[LeaveUnset] on pair '{pair.Name}' names '{unset.Member}', which is not a required column of the pair's targets"));
            }
        }
    }

    private static void Record(PairModel pair, RecordModel record, List<DiagnosticInfo> diagnostics)
    {
        if (record.Entity is not { } entity)
            return;
        var set = new Dictionary<string, AssignmentModel>();
        foreach (var assignment in record.Assignments)
        {
            if (assignment.Column is not { } column)
            {
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.NotAWritableColumn, assignment.Location,
                    ShortName(entity.Type), assignment.Property, "is not a Dataverse column (no [Column] or [CustomColumn])"));
                continue;
            }
            var setAfterCreate = column.Type is "State" or "Status" && column.ValidForUpdate;
            if (!column.ValidForCreate && !setAfterCreate)
            {
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.NotAWritableColumn, assignment.Location,
                    ShortName(entity.Type), assignment.Property, $"(column '{column.LogicalName}') cannot be set when a record is created"));
            }
            if (column.Type == "PartyList" && !TransformEmitter.IsKnownPartyColumn(column.LogicalName))
            {
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.Untranslatable, assignment.Location,
                    $"Activity party column '{column.LogicalName}' has no known participation type"));
            }
            if (set.TryGetValue(column.LogicalName, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.ColumnSetTwice, assignment.Location,
                    column.LogicalName, entity.LogicalName, first.Property + ", " + assignment.Property));
            }
            else
            {
                set[column.LogicalName] = assignment;
            }
            if (assignment.LossyReason is null && Loss(column, assignment) is { } loss)
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.UnflaggedLoss, assignment.Location, column.LogicalName, loss));
        }
        foreach (var required in entity.RequiredColumns)
        {
            // EntityName columns (owneridtype, customeridtype) are the table half of a polymorphic lookup: the bind
            // of the lookup itself sets them.
            if (!required.ValidForCreate || required.LogicalName == entity.PrimaryId || required.Type == "EntityName"
                || Array.IndexOf(SetAfterCreate, required.LogicalName) >= 0 || pair.LeftUnset.Any(u => u.Member == required.Property))
            {
                continue;
            }
            if (!set.ContainsKey(required.LogicalName))
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.RequiredColumnNotSet, record.Location, entity.LogicalName, required.LogicalName, pair.Name));
        }
    }

    private static string? Loss(ColumnModel column, AssignmentModel assignment)
    {
        var text = column.Type is "String" or "Memo";
        if (text && column.MaxLength > 0 && assignment.SourceMaxLength > column.MaxLength)
            return $"the source allows {assignment.SourceMaxLength} characters, the column {column.MaxLength}";
        if (column.Type is "Integer" or "BigInt" && assignment.ReadsFraction)
            return "a fractional number becomes a whole number";
        if (column.Type == "DateOnly" && assignment.ReadsDateTime)
            return "a date and time becomes a date";
        if (text && assignment.ReadsCollection)
            return "a collection becomes one text value";
        return null;
    }

    private static void Names(PackModel pack, List<DiagnosticInfo> diagnostics)
    {
        if (NamingRules.PublisherProblem(pack.Publisher) is { } publisherProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.InvalidCustomName, pack.Location, publisherProblem));
            return;
        }
        var tables = new Dictionary<string, CustomTableModel>();
        foreach (var record in pack.Pairs.SelectMany(p => p.Records))
        {
            if (record.Entity?.CustomTable is { } table && !tables.ContainsKey(table.SchemaName))
            {
                tables[table.SchemaName] = table;
                if (NamingRules.NameProblem("table", table.SchemaName, pack.Publisher, NamingRules.MaxColumnNameLength) is { } problem)
                    diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.InvalidCustomName, record.Location, problem));
            }
            foreach (var assignment in record.Assignments)
            {
                if (assignment.Column is { IsCustom: true } column
                    && NamingRules.NameProblem("column", column.Property, pack.Publisher, NamingRules.MaxColumnNameLength) is { } problem)
                {
                    diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.InvalidCustomName, assignment.Location, problem));
                }
            }
        }
        if (pack.Edition == "SalesProfessional" && tables.Count > 15)
            diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.TooManyCustomTables, pack.Location, pack.Name, tables.Count.ToString(), "Sales Professional", "15"));
    }

    // Every record carries its source key in one alternate-key column per table: two pairs writing the same table
    // with plain numeric ids would upsert over each other.
    private static void SharedTables(PackModel pack, List<DiagnosticInfo> diagnostics)
    {
        var writers = new Dictionary<string, PairModel>();
        foreach (var pair in pack.Pairs)
        {
            if (pair.SourceKey is not { IsString: false })
                continue;
            foreach (var table in pair.Records.Select(r => r.Entity?.LogicalName).OfType<string>().Distinct())
            {
                if (writers.TryGetValue(table, out var first) && first.Name != pair.Name)
                    diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.SharedTableKeysCollide, pair.Location, first.Name, pair.Name, table));
                else
                    writers[table] = pair;
            }
        }
    }

    private static void Discovery(PackModel pack, ImmutableArray<DiscoverySnapshot> snapshots, List<DiagnosticInfo> diagnostics)
    {
        var values = new Dictionary<string, List<string>>();
        var found = false;
        foreach (var snapshot in snapshots)
        {
            if (snapshot.Error is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.UnknownName,
                    new LocationInfo(snapshot.Path, default, default), $"Discovery snapshot '{snapshot.Path}' cannot be read: {snapshot.Error}"));
                continue;
            }
            if (!string.Equals(snapshot.Source, pack.Name, StringComparison.OrdinalIgnoreCase))
                continue;
            found = true;
            foreach (var key in snapshot.Keys)
            {
                if (!values.TryGetValue(key.Key, out var list))
                    values[key.Key] = list = new List<string>();
                list.AddRange(key.Values.Where(v => !list.Contains(v)));
            }
        }
        if (!found)
            return;
        foreach (var picklist in pack.Picklists)
        {
            if (picklist.Discovered.Length == 0)
                continue;
            if (!values.TryGetValue(picklist.Discovered, out var discovered))
            {
                diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.UnknownName, picklist.Location,
                    $"Picklist '{picklist.Name}' is checked against discovery key '{picklist.Discovered}', which the '{pack.Name}' snapshot does not have"));
                continue;
            }
            var named = new HashSet<string>(picklist.Rows.SelectMany(r => r.SourceValues), StringComparer.Ordinal);
            foreach (var value in discovered)
            {
                if (!named.Contains(SplitMatrices.Key(picklist, value)))
                    diagnostics.Add(DiagnosticInfo.Create(PackDiagnostics.DiscoveredValueNotMapped, picklist.SwitchLocation, value, picklist.Discovered, picklist.Name));
            }
        }
    }

    private static string ShortName(string type)
    {
        var dot = type.LastIndexOf('.');
        return dot < 0 ? type : type.Substring(dot + 1);
    }
}
