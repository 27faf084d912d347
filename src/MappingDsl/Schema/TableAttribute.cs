namespace MappingDsl;

/// <summary>
/// Describes the Dataverse table a generated entity type stands for. Emitted by the generator from the metadata
/// snapshot; the map pack generator reads it to know table names, keys and ownership.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class TableAttribute : Attribute
{
    /// <summary>Creates the description.</summary>
    /// <param name="logicalName">The table's logical name (<c>account</c>).</param>
    /// <param name="entitySetName">The Web API entity set (<c>accounts</c>).</param>
    public TableAttribute(string logicalName, string entitySetName)
    {
        LogicalName = logicalName;
        EntitySetName = entitySetName;
    }

    /// <summary>The table's logical name.</summary>
    public string LogicalName { get; }

    /// <summary>The Web API entity set name.</summary>
    public string EntitySetName { get; }

    /// <summary>The primary key column (<c>accountid</c>).</summary>
    public string PrimaryId { get; set; } = "";

    /// <summary>The primary name column (<c>name</c>).</summary>
    public string PrimaryName { get; set; } = "";

    /// <summary>Whether records have an owner (<c>UserOwned</c>, <c>OrganizationOwned</c>, …).</summary>
    public string Ownership { get; set; } = "";

    /// <summary>True for activity tables (task, email, …), which take activity parties and a regarding lookup.</summary>
    public bool IsActivity { get; set; }
}
