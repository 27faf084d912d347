using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Diagnostics;

/// <summary>
/// The catalogue of every MDSL diagnostic, both generators' (map packs and entities): one descriptor per id, sorted by
/// id, each with its own message format and an absolute help link to its section of docs/diagnostics.md. Release
/// tracking: AnalyzerReleases.Shipped.md and AnalyzerReleases.Unshipped.md (RS2000–RS2008 are on).
/// </summary>
/// <remarks>
/// A descriptor's default severity is what <c>dotnet_diagnostic.MDSLnnn.severity</c> in .editorconfig overrides. The one
/// pack-level setting, <c>[MapPack(UnmappedSourceMembers = …)]</c>, raises MDSL002 to an error per pack through
/// <see cref="Common.DiagnosticInfo.Severity"/> (the diagnostic's effective severity), not through a second descriptor.
/// </remarks>
internal static class PackDiagnostics
{
    /// <summary>Where every help link points: the catalogue's page; each id's section has the id as its anchor.</summary>
    public const string HelpLinkRoot = "https://github.com/MappingDsl/MappingDsl/blob/main/docs/diagnostics.md#";

    private const string Category = "MappingDsl";

    public static readonly DiagnosticDescriptor RequiredColumnNotSet = Error(
        "MDSL001", "Required column not set",
        "'{0}' requires column '{1}', which pair '{2}' does not set");

    public static readonly DiagnosticDescriptor SourceMemberNotMapped = Create(
        "MDSL002", "Source member not migrated",
        "Source member '{0}' of '{1}' is neither read by pair '{2}' nor ignored; map it or add [Ignore(nameof({1}.{0}), Reason = \"…\")]",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ColumnSetTwice = Error(
        "MDSL003", "Column set twice",
        "Column '{0}' of '{1}' is set twice in one initializer ('{2}')");

    public static readonly DiagnosticDescriptor DiscoveredValueNotMapped = Error(
        "MDSL004", "Discovered value missing from the picklist matrix",
        "Source value '{0}' was discovered under '{1}' but no arm of picklist matrix '{2}' names it");

    public static readonly DiagnosticDescriptor UnknownName = Error(
        "MDSL005", "Unknown discovery key or source member",
        "Unknown name: {0}");

    public static readonly DiagnosticDescriptor UnflaggedLoss = Error(
        "MDSL006", "Conversion loses data without a Lossy marker",
        "Column '{0}': {1}; wrap the value in a Lossy.* marker with a reason");

    public static readonly DiagnosticDescriptor LossyWithoutReason = Error(
        "MDSL007", "Lossy without a reason",
        "{0} needs a non-empty constant reason");

    public static readonly DiagnosticDescriptor ReferenceNotAPair = Error(
        "MDSL008", "Reference to something that is not a pair",
        "'{0}' does not name a [Pair] method of this pack");

    public static readonly DiagnosticDescriptor DependencyCycle = Error(
        "MDSL009", "Pairs depend on each other in a cycle",
        "Pairs reference each other through m.Ref in a cycle: {0}; make one of the references m.RefLater");

    public static readonly DiagnosticDescriptor InvalidCustomName = Error(
        "MDSL010", "Invalid custom name or publisher",
        "Invalid custom name: {0}");

    public static readonly DiagnosticDescriptor TooManyCustomTables = Create(
        "MDSL011", "Too many custom tables for the edition",
        "Pack '{0}' writes {1} custom tables; {2} allows at most {3}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidPairSignature = Error(
        "MDSL012", "Pair signature or source key invalid",
        "Pair '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor NotAWritableColumn = Error(
        "MDSL013", "Assignment to something that is not a writable column",
        "Column assignment '{0}.{1}' {2}");

    public static readonly DiagnosticDescriptor InvalidJsonContext = Error(
        "MDSL014", "Pack JSON context missing or incomplete",
        "The pack cannot read its source records: {0}");

    public static readonly DiagnosticDescriptor SharedTableKeysCollide = Error(
        "MDSL015", "Pairs share a table with numeric source keys",
        "Pairs '{0}' and '{1}' both write '{2}' and both key records by a number, so record 47 of one would overwrite record 47 of the other through the source-id key; give one a string [SourceKey] that prefixes its id");

    public static readonly DiagnosticDescriptor ChoiceListNotDiscovered = Error(
        "MDSL016", "Choice column's discovery list missing",
        "Column '{0}' takes its options from discovery list '{1}', which no '{2}' discovery snapshot has; run 'mapdsl discover {2} --out <the pack's discovery folder>' or fix the name");

    public static readonly DiagnosticDescriptor ChoiceListTooLarge = Create(
        "MDSL017", "Choice column left out: too many discovered values",
        "Discovery list '{1}' has {2} values, at or above the column's limit of {3}: '{0}' is not provisioned or written; the values travel in the pack's text column",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor LookupTargetExcluded = Error(
        "MDSL018", "Lookup points at a table the column cannot hold",
        "Column '{0}' of '{1}' can point to {2}; pair '{3}' writes {4}, so no record of it can be referenced here");

    public static readonly DiagnosticDescriptor LookupTargetPartly = Create(
        "MDSL019", "Lookup points at a split pair whose records land partly where the column cannot point",
        "Column '{0}' of '{1}' can point to {2}; pair '{3}' also writes {4}: for such a record the lookup is left unset and the record is flagged for review",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CustomFieldWithoutFate = Create(
        "MDSL020", "Discovered custom field has no fate",
        "Custom field '{0}' ({1}.{2}, {3}{4}) is on the '{5}' records pair '{6}' reads, but '{7}' has no member for it, so its values would be dropped without a word: add a member with [JsonPropertyName(\"{2}\")] and map it (a custom column if Dataverse has none) or [Ignore] it with a reason",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SplitMatrixNotDiscovered = Error(
        "MDSL025", "Split matrix not checked against discovery",
        "Split matrix '{0}' decides pair '{1}' but names no discovery key; set Discovered = \"object.field\" so a new source value breaks the build instead of taking the default branch");

    public static readonly DiagnosticDescriptor SplitMatrixSilentDefault = Error(
        "MDSL026", "Split matrix routes unknown values silently",
        "Split matrix '{0}' ends with '{1}', which routes values outside the matrix without a trace; use Unmapped.Review(m, v, …) to flag those records or Unmapped.Fail<…>(v) to quarantine them");

    public static readonly DiagnosticDescriptor ComparisonMismatch = Error(
        "MDSL027", "Matrix rows do not follow the stated comparison",
        "Matrix '{0}' does not follow its comparison: {1}");

    public static readonly DiagnosticDescriptor InvalidConfigures = Error(
        "MDSL028", "Configuration pair invalid",
        "Configuration pair '{0}': {1}");

    public static readonly DiagnosticDescriptor DiscoveredGroupMissing = Error(
        "MDSL030", "Discovered columns' group not in any discovery snapshot",
        "'{0}' takes its columns from discovery group '{1}', which no *.discovery.json of this project profiles; run discovery and add the snapshot as AdditionalFiles");

    public static readonly DiagnosticDescriptor DiscoveredKeyNotAColumn = Create(
        "MDSL031", "Discovered key cannot become a column",
        "Key '{0}' of discovery group '{1}' is in {2} of the records but gets no column on '{3}': {4}; its values stay in the rest column",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DiscoveredRestColumnInvalid = Error(
        "MDSL032", "Discovered columns' rest column missing",
        "'{0}' names '{1}' as the rest column for the keys without a column, but declares no [CustomColumn(ColumnType.Memo)] string property of that name");

    public static readonly DiagnosticDescriptor MetadataUnreadable = new(
        id: "MDSL050",
        title: "Metadata file cannot be read",
        messageFormat: "Metadata file '{0}' cannot be read: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A JSON file in a 'metadata' folder must hold one EntityDefinitions response with its Attributes expanded. The file was skipped, so no entity type was generated from it.",
        helpLinkUri: HelpLinkRoot + "mdsl050");

    public static readonly DiagnosticDescriptor InvalidPackClass = Error(
        "MDSL060", "Map pack class has the wrong shape",
        "Map pack '{0}' must be a top-level, non-generic partial class, so the generator can add its catalog and transforms to it");

    public static readonly DiagnosticDescriptor InvalidInventoryCulture = Error(
        "MDSL061", "Inventory culture is not a culture name",
        "InventoryCulture '{0}' of map pack '{1}' is not a culture name such as 'de-DE' or 'fr'; leave it empty for the invariant culture");

    public static readonly DiagnosticDescriptor InvalidBatchSize = Error(
        "MDSL062", "Pair batch size out of range",
        "BatchSize {0} of pair '{1}' is outside 1..5000; leave it unset for the run-wide --batch-size");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "MDSL098", "Internal generator error",
        "The map-pack generator failed on '{0}': {1}");

    public static readonly DiagnosticDescriptor Untranslatable = Error(
        "MDSL099", "Expression the generator cannot translate",
        "The generator cannot read this: {0}");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true,
            helpLinkUri: HelpLinkRoot + id.ToLowerInvariant());
}
