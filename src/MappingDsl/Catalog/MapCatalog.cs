namespace MappingDsl.Catalog;

/// <summary>
/// A compiled map pack: the one model the engine, the provisioning step and the customer docs read. Emitted by the
/// generator as <c>{Pack}.Catalog</c>; everything in it was checked at compile time.
/// </summary>
/// <param name="Name">The pack's short name.</param>
/// <param name="Source">The source system's display name.</param>
/// <param name="Version">The pack's version.</param>
/// <param name="Publisher">The publisher prefix of every custom name.</param>
/// <param name="Edition">The Dynamics 365 edition the pack targets.</param>
/// <param name="SourceIdColumn">The custom column (logical name) holding each record's source key on every target table.</param>
/// <param name="Pairs">The object pairs, in declaration order.</param>
/// <param name="Phases">The pairs grouped in dependency order.</param>
/// <param name="Picklists">The picklist value matrices.</param>
/// <param name="ManifestJson">The schema-provisioning manifest (see <see cref="ProvisioningManifest"/>).</param>
/// <param name="Transforms">One generated transform per pair, in the order of <paramref name="Pairs"/>.</param>
public sealed record MapCatalog(
    string Name,
    string Source,
    string Version,
    string Publisher,
    DataverseEdition Edition,
    string SourceIdColumn,
    IReadOnlyList<PairInfo> Pairs,
    IReadOnlyList<PhaseInfo> Phases,
    IReadOnlyList<PicklistMatrix> Picklists,
    string ManifestJson,
    IReadOnlyList<IPairTransform> Transforms)
{
    /// <summary>The pair of that name.</summary>
    /// <param name="name">The pair's name.</param>
    public PairInfo Pair(string name) =>
        Pairs.FirstOrDefault(p => p.Name == name) ?? throw new KeyNotFoundException($"Pack '{Name}' has no pair '{name}'.");

    /// <summary>The transform of the pair of that name.</summary>
    /// <param name="name">The pair's name.</param>
    public IPairTransform Transform(string name) =>
        Transforms.FirstOrDefault(t => t.Pair == name) ?? throw new KeyNotFoundException($"Pack '{Name}' has no pair '{name}'.");

    /// <summary>The provisioning manifest, parsed.</summary>
    public ProvisioningManifest Manifest => ProvisioningManifest.Parse(ManifestJson);
}
