using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Entities;

/// <summary>
/// What every table needs to know about the others: each table's entity set (lookup targets bind to it) and which
/// files repeat a table another file already defines (they would collide as types and as hint names).
/// </summary>
internal sealed record TableIndex(EquatableArray<TableIndexEntry> Tables, EquatableArray<DuplicateTable> Duplicates)
{
    public static TableIndex Build(ImmutableArray<ParsedFile> files)
    {
        var tables = new List<TableIndexEntry>();
        var duplicates = new List<DuplicateTable>();
        var byLogicalName = new Dictionary<string, string>(StringComparer.Ordinal);
        // Keyed by the class name the table becomes: it is also the hint name, and AddSource throws on a repeat.
        var byClassName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Files in path order, so which of two duplicates wins does not depend on the order the host lists them.
        foreach (var file in files.Where(f => f.Table is not null).OrderBy(f => f.FilePath, StringComparer.Ordinal))
        {
            var table = file.Table!;
            var className = Identifiers.FromSchemaName(table.SchemaName);
            if (byLogicalName.TryGetValue(table.LogicalName, out var first) || byClassName.TryGetValue(className, out first))
            {
                duplicates.Add(new DuplicateTable(file.FilePath, table.LogicalName, first));
                continue;
            }
            byLogicalName.Add(table.LogicalName, file.FilePath);
            byClassName.Add(className, file.FilePath);
            tables.Add(new TableIndexEntry(table.LogicalName, table.EntitySetName));
        }
        tables.Sort(static (a, b) => string.CompareOrdinal(a.LogicalName, b.LogicalName));
        return new TableIndex(tables.ToEquatableArray(), duplicates.ToEquatableArray());
    }

    /// <summary>The entity set of a table in the snapshot, else Dataverse's default (logical name + "s").</summary>
    public string EntitySetOf(string logicalName)
    {
        foreach (var table in Tables)
        {
            if (string.Equals(table.LogicalName, logicalName, StringComparison.Ordinal))
                return table.EntitySetName;
        }
        return logicalName + "s";
    }

    public DuplicateTable? DuplicateAt(string filePath)
    {
        foreach (var duplicate in Duplicates)
        {
            if (string.Equals(duplicate.FilePath, filePath, StringComparison.Ordinal))
                return duplicate;
        }
        return null;
    }
}

/// <summary>A table's logical name and entity set.</summary>
internal sealed record TableIndexEntry(string LogicalName, string EntitySetName);

/// <summary>A file skipped because <paramref name="FirstFilePath"/> already defines its table.</summary>
internal sealed record DuplicateTable(string FilePath, string LogicalName, string FirstFilePath);
