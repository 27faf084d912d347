namespace MappingDsl;

/// <summary>
/// Marks a <c>static partial class</c> as a map pack: one source system moved into Dynamics 365 Sales.
/// The generator reads every <see cref="PairAttribute"/> and <see cref="PicklistAttribute"/> method in it and emits
/// the compiled catalog, the transforms and the provisioning manifest.
/// </summary>
/// <example>
/// <code>
/// [MapPack("salesmate", Publisher = "sm", Source = "Salesmate", JsonContext = typeof(SalesmateJson))]
/// public static partial class SalesmatePack { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class MapPackAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="name">The pack's short name, used on the command line (<c>mapdsl migrate salesmate</c>).</param>
    public MapPackAttribute(string name) => Name = name;

    /// <summary>The pack's short name, used on the command line.</summary>
    public string Name { get; }

    /// <summary>
    /// The Dataverse publisher customization prefix (2–8 letters or digits, starting with a letter, not <c>mscrm</c>).
    /// Every custom column and table the pack writes must start with <c>{Publisher}_</c>.
    /// </summary>
    public string Publisher { get; set; } = "";

    /// <summary>The source system's display name, used in reports and customer docs.</summary>
    public string Source { get; set; } = "";

    /// <summary>The pack's version, recorded in the migration journal.</summary>
    public string Version { get; set; } = "1.0.0";

    /// <summary>
    /// A <c>System.Text.Json.Serialization.JsonSerializerContext</c> that knows every source record type of the pack;
    /// generated transforms parse source records through it (no reflection).
    /// </summary>
    public Type? JsonContext { get; set; }

    /// <summary>How a source member that is neither mapped nor ignored is reported (MDSL002).</summary>
    public Strictness UnmappedSourceMembers { get; set; } = Strictness.Warning;

    /// <summary>The Dynamics 365 edition the pack targets; it bounds how many custom tables may be provisioned.</summary>
    public DataverseEdition Edition { get; set; } = DataverseEdition.SalesEnterprise;

    /// <summary>
    /// The culture (a name such as <c>de-DE</c>) in which <see cref="MapContext.Cell"/> formats the numbers and dates
    /// of the pack's inventory cells; empty (the default) is the invariant culture, so documents read the same on any
    /// machine. A name that is not a culture name is MDSL061.
    /// </summary>
    public string InventoryCulture { get; set; } = "";
}
