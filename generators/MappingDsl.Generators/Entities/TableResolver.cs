using System.Linq;
using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Entities;

/// <summary>Completes a parsed table with facts from the whole snapshot: lookup targets' entity sets, duplicates.</summary>
internal static class TableResolver
{
    public static ParsedFile Resolve(ParsedFile file, TableIndex index)
    {
        if (file.Table is null)
            return file;
        var duplicate = index.DuplicateAt(file.FilePath);
        if (duplicate is not null)
        {
            return ParsedFile.Failed(
                file.FilePath,
                $"table '{duplicate.LogicalName}' is already defined by '{duplicate.FirstFilePath}'");
        }
        var columns = file.Table.Columns
            .Select(column => column.Targets.Count == 0
                ? column
                : column with
                {
                    Targets = column.Targets
                        .Select(target => target with { EntitySet = index.EntitySetOf(target.LogicalName) })
                        .ToEquatableArray(),
                })
            .ToEquatableArray();
        return file with { Table = file.Table with { Columns = columns } };
    }
}
