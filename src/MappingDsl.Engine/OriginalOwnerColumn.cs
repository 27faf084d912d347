using MappingDsl.Catalog;

namespace MappingDsl.Engine;

/// <summary>
/// Where a record keeps its source owner's email when the fallback owner takes it: <c>{publisher}_originalowner</c>,
/// on the tables the pack's manifest provisions it on (a pack compiled before the column existed writes nothing).
/// </summary>
internal static class OriginalOwnerColumn
{
    public static (string Column, IReadOnlySet<string> Tables)? Of(MapCatalog catalog)
    {
        var column = catalog.Publisher.ToLowerInvariant() + "_originalowner";
        var tables = (catalog.Manifest.Columns ?? []).Where(c => c.LogicalName == column).Select(c => c.Table).ToHashSet(StringComparer.Ordinal);
        return tables.Count == 0 ? null : (column, tables);
    }
}
