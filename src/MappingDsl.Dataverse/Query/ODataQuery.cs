using System.Globalization;
using System.Text;

namespace MappingDsl.Dataverse.Query;

/// <summary>A query on an entity set: <c>$select</c>, <c>$expand</c>, <c>$filter</c>, <c>$orderby</c>, <c>$top</c>, <c>$count</c> and page size.</summary>
public sealed record ODataQuery
{
    /// <summary>Columns to return (lookups as <c>_x_value</c>), or empty for all.</summary>
    public IReadOnlyList<string> Select { get; init; } = [];

    /// <summary>
    /// Navigation properties to <c>$expand</c> (each may carry options, <c>name($select=a,b)</c>); a collection-valued
    /// one such as an activity's parties is returned only when expanded.
    /// </summary>
    public IReadOnlyList<string> Expand { get; init; } = [];

    /// <summary>The <c>$filter</c> expression, or null.</summary>
    public string? Filter { get; init; }

    /// <summary>The <c>$orderby</c> expression, or null.</summary>
    public string? OrderBy { get; init; }

    /// <summary>At most this many records in total, or null.</summary>
    public int? Top { get; init; }

    /// <summary>Ask for <c>@odata.count</c>.</summary>
    public bool Count { get; init; }

    /// <summary>Records per page (<c>Prefer: odata.maxpagesize</c>), or null for the server default (5000).</summary>
    public int? PageSize { get; init; }

    /// <summary>
    /// Asks for each lookup value's table (<c>_x_value@Microsoft.Dynamics.CRM.lookuplogicalname</c>), which the org sends
    /// only when the request prefers that annotation.
    /// </summary>
    public bool IncludeLookupTables { get; init; }

    /// <summary>The URL relative to the service root.</summary>
    /// <param name="entitySet">The entity set.</param>
    public string ToUrl(string entitySet)
    {
        var parts = new List<string>();
        if (Select.Count > 0) parts.Add("$select=" + string.Join(',', Select));
        if (Expand.Count > 0) parts.Add("$expand=" + Uri.EscapeDataString(string.Join(',', Expand)));
        if (Filter is not null) parts.Add("$filter=" + Uri.EscapeDataString(Filter));
        if (OrderBy is not null) parts.Add("$orderby=" + Uri.EscapeDataString(OrderBy));
        if (Top is { } top) parts.Add("$top=" + top.ToString(CultureInfo.InvariantCulture));
        if (Count) parts.Add("$count=true");
        var url = new StringBuilder(entitySet);
        if (parts.Count > 0) url.Append('?').AppendJoin('&', parts);
        return url.ToString();
    }
}
