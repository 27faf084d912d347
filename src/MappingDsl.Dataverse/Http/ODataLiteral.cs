using System.Globalization;

namespace MappingDsl.Dataverse.Http;

/// <summary>OData URL literals: alternate-key segments and filter values.</summary>
public static class ODataLiteral
{
    /// <summary>A string literal in single quotes, quotes doubled.</summary>
    /// <param name="value">The value.</param>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The key segment for a single-column alternate key: <c>column='value'</c>, escaped for a URL path.</summary>
    /// <param name="column">The key column.</param>
    /// <param name="value">The key value.</param>
    public static string KeySegment(string column, string value) =>
        column + "=" + Uri.EscapeDataString(Quote(value));

    /// <summary>The relative address of a record by alternate key: <c>set(column='value')</c>.</summary>
    /// <param name="entitySet">The entity set.</param>
    /// <param name="column">The key column.</param>
    /// <param name="value">The key value.</param>
    public static string KeyAddress(string entitySet, string column, string value) =>
        entitySet + "(" + KeySegment(column, value) + ")";

    /// <summary>The relative address of a record by id: <c>set(guid)</c>.</summary>
    /// <param name="entitySet">The entity set.</param>
    /// <param name="id">The record id.</param>
    public static string IdAddress(string entitySet, Guid id) =>
        entitySet + "(" + id.ToString("D", CultureInfo.InvariantCulture) + ")";
}
