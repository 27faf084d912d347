using Microsoft.CodeAnalysis;

// RS2008 asks for AnalyzerReleases.*.md release tracking; this repo's catalogue of record is docs/diagnostics.md,
// and the generator is not shipped as a package, so there are no releases to track yet.
#pragma warning disable RS2008

namespace MappingDsl.Generators.Diagnostics;

/// <summary>The map-pack generator's diagnostics (MDSL001–MDSL099 except MDSL050–059, which belong to entities).</summary>
internal static class PackDiagnostics
{
    private const string Category = "MappingDsl";

    public static readonly DiagnosticDescriptor RequiredColumnNotSet = Error(
        "MDSL001", "Required column not set",
        "'{0}' requires column '{1}', which pair '{2}' does not set");

    public static readonly DiagnosticDescriptor SourceMemberNotMappedWarning = Create(
        "MDSL002", "Source member not migrated",
        "Source member '{0}' of '{1}' is neither read by pair '{2}' nor ignored; map it or add [Ignore(nameof({1}.{0}), Reason = \"…\")]",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SourceMemberNotMappedError = Create(
        "MDSL002", "Source member not migrated",
        "Source member '{0}' of '{1}' is neither read by pair '{2}' nor ignored; map it or add [Ignore(nameof({1}.{0}), Reason = \"…\")]",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ColumnSetTwice = Error(
        "MDSL003", "Column set twice",
        "Column '{0}' of '{1}' is set twice in one initializer ('{2}')");

    public static readonly DiagnosticDescriptor DiscoveredValueNotMapped = Error(
        "MDSL004", "Discovered value missing from the picklist matrix",
        "Source value '{0}' was discovered under '{1}' but no arm of picklist matrix '{2}' names it");

    public static readonly DiagnosticDescriptor UnknownName = Error(
        "MDSL005", "Unknown discovery key or source member",
        "{0}");

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
        "{0}");

    public static readonly DiagnosticDescriptor TooManyCustomTables = Create(
        "MDSL011", "Too many custom tables for the edition",
        "Pack '{0}' writes {1} custom tables; {2} allows at most {3}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidPairSignature = Error(
        "MDSL012", "Pair signature or source key invalid",
        "Pair '{0}': {1}");

    public static readonly DiagnosticDescriptor NotAWritableColumn = Error(
        "MDSL013", "Assignment to something that is not a writable column",
        "'{0}.{1}' {2}");

    public static readonly DiagnosticDescriptor InvalidJsonContext = Error(
        "MDSL014", "Pack JSON context missing or incomplete",
        "{0}");

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

    public static readonly DiagnosticDescriptor InternalError = Error(
        "MDSL098", "Internal generator error",
        "The map-pack generator failed on '{0}': {1}");

    public static readonly DiagnosticDescriptor Untranslatable = Error(
        "MDSL099", "Expression the generator cannot translate",
        "{0}");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true,
            helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());
}
