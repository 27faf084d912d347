namespace MappingDsl;

/// <summary>
/// Declares a custom table (for example Salesmate's Team Inbox threads). The class's <see cref="CustomColumnAttribute"/>
/// properties are its columns; the manifest creates the table with a primary name column before any record loads.
/// Sales Professional allows at most 15 custom tables (MDSL011).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CustomTableAttribute : Attribute
{
    /// <summary>Creates the declaration.</summary>
    /// <param name="schemaName">The table's schema name with the publisher prefix (<c>sm_TeamInboxThread</c>).</param>
    /// <param name="displayName">Singular display name.</param>
    /// <param name="pluralName">Plural display name.</param>
    public CustomTableAttribute(string schemaName, string displayName, string pluralName)
    {
        SchemaName = schemaName;
        DisplayName = displayName;
        PluralName = pluralName;
    }

    /// <summary>The table's schema name; its logical name is the lower-case form.</summary>
    public string SchemaName { get; }

    /// <summary>Singular display name.</summary>
    public string DisplayName { get; }

    /// <summary>Plural display name.</summary>
    public string PluralName { get; }

    /// <summary>The schema name of the primary name column (<c>sm_Name</c>); a property of the class with that name holds it.</summary>
    public string PrimaryName { get; set; } = "";
}
