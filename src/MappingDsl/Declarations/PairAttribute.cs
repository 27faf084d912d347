namespace MappingDsl;

/// <summary>
/// Marks a static method of a map pack as an object pair: the source object named here becomes the record(s) the
/// method returns. The method takes the source record and a <see cref="MapContext"/>; its body is an object
/// initializer (1:1), a conditional or switch expression choosing between initializers (a split, returned as
/// <see cref="Split{T1, T2}"/>), or an <see cref="InventoryRow"/> for documentation-only pairs.
/// </summary>
/// <example>
/// <code>
/// /// &lt;summary&gt;Companies become accounts, loaded before contacts.&lt;/summary&gt;
/// [Pair("Company")]
/// public static Account Company(SmCompany s, MapContext m) => new()
/// {
///     Name = s.Name,
///     WebSiteURL = s.Website,
///     OwnerId = m.Owner(s.OwnerEmail),
/// };
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PairAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="sourceObject">The source object's name as the customer knows it (the seed's left column).</param>
    public PairAttribute(string sourceObject) => SourceObject = sourceObject;

    /// <summary>The source object's name as the customer knows it.</summary>
    public string SourceObject { get; }

    /// <summary>The source API's module or endpoint the extractor reads (for example <c>company</c>).</summary>
    public string Module { get; set; } = "";

    /// <summary>
    /// Plain-language text for the target column of the customer docs, when the target is not a single table
    /// (for example <c>"Power Automate (rebuild required)"</c> for a documentation-only pair).
    /// </summary>
    public string TargetDescription { get; set; } = "";

    /// <summary>
    /// For a documentation-only pair whose inventory is how the admin configures the target before other pairs load
    /// (pipelines and stages before opportunities): the pair(s) it configures, comma-separated
    /// (<c>Configures = nameof(Deals)</c>). The pair runs in phase 0, before every loading pair, and the customer
    /// document says which pairs wait for the configuration. Names that are not pairs of the pack are MDSL028.
    /// </summary>
    public string Configures { get; set; } = "";

    /// <summary>
    /// Load after every other loading pair (and before documentation-only pairs), whatever its lookups allow: for
    /// records the scope migrates last (a shared inbox's threads). Pairs that reference it follow it.
    /// </summary>
    public bool LoadLast { get; set; }

    /// <summary>
    /// Where what is built differs from what the scope row promised, in the customer's words (a Salesforce mechanism
    /// Dataverse does not have, a part not migrated yet). Listed in the customer document's deviations section.
    /// </summary>
    public string Deviation { get; set; } = "";

    /// <summary>
    /// Records per journaled batch for this pair (1 to 5 000), instead of the run-wide <c>--batch-size</c>: each batch
    /// commits its id-map rows and checkpoint together, and a resumed run restarts after the last one. The loader still
    /// sends a batch as UpsertMultiple/CreateMultiple requests of at most 1 000 records. Set it on high-volume pairs
    /// (<c>[Pair("Events", BatchSize = 5000)]</c>); left unset, the pair uses the run-wide size. Other values are MDSL062.
    /// </summary>
    public int BatchSize { get; set; }
}
