namespace MappingDsl;

/// <summary>
/// A lookup column and, per table it may point to, the navigation property to bind through
/// (<c>parentcustomerid_account</c> for an account, <c>parentcustomerid_contact</c> for a contact).
/// </summary>
public sealed class LookupColumn
{
    // The same targets as an array: TargetFor runs for every lookup of every record, and a foreach over the
    // interface would allocate an enumerator each time.
    private readonly LookupTarget[] _targets;

    /// <summary>Creates the descriptor.</summary>
    /// <param name="logicalName">The column's logical name.</param>
    /// <param name="targets">The tables it may point to.</param>
    public LookupColumn(string logicalName, params LookupTarget[] targets)
    {
        LogicalName = logicalName;
        Targets = targets;
        _targets = targets;
    }

    /// <summary>The column's logical name.</summary>
    public string LogicalName { get; }

    /// <summary>The tables it may point to.</summary>
    public IReadOnlyList<LookupTarget> Targets { get; }

    /// <summary>The navigation property for a target table, or null when the column cannot point there.</summary>
    /// <param name="table">The target table's logical name.</param>
    public string? NavigationFor(string table) => TargetFor(table)?.NavigationProperty;

    /// <summary>The target entry for a table, or null when the column cannot point there.</summary>
    /// <param name="table">The target table's logical name.</param>
    public LookupTarget? TargetFor(string table)
    {
        foreach (var target in _targets)
        {
            if (target.Table == table)
                return target;
        }
        return null;
    }
}

/// <summary>One table a lookup column may point to.</summary>
/// <param name="Table">The table's logical name.</param>
/// <param name="NavigationProperty">The single-valued navigation property used in <c>@odata.bind</c>.</param>
public sealed record LookupTarget(string Table, string NavigationProperty)
{
    /// <summary>The <c>nav@odata.bind</c> property name, encoded once instead of per record.</summary>
    public System.Text.Json.JsonEncodedText BindProperty { get; } =
        System.Text.Json.JsonEncodedText.Encode(NavigationProperty + "@odata.bind");
}
