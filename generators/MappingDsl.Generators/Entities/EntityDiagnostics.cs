using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Entities;

/// <summary>Diagnostics the entity generator reports (MDSL050–059; MDSL030–032 for discovered columns).</summary>
internal static class EntityDiagnostics
{
    // Release tracking (AnalyzerReleases.*.md) belongs to the whole generator project and is the lead's to set up;
    // until it exists RS2008 would fail every build of this file.
#pragma warning disable RS2008
    /// <summary>MDSL050: a metadata file is not JSON, or not the EntityDefinitions shape.</summary>
    public static readonly DiagnosticDescriptor MetadataUnreadable = new(
        id: "MDSL050",
        title: "Metadata file cannot be read",
        messageFormat: "Metadata file '{0}' cannot be read: {1}",
        category: "MappingDsl",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A JSON file in a 'metadata' folder must hold one EntityDefinitions response with its Attributes expanded. The file was skipped, so no entity type was generated from it.",
        helpLinkUri: "docs/diagnostics.md#mdsl050");

    /// <summary>MDSL030: a <c>[DiscoveredColumns]</c> group is in no discovery snapshot the project sees.</summary>
    public static readonly DiagnosticDescriptor DiscoveredGroupMissing = new(
        id: "MDSL030",
        title: "Discovered columns' group not in any discovery snapshot",
        messageFormat: "'{0}' takes its columns from discovery group '{1}', which no *.discovery.json of this project profiles; run discovery and add the snapshot as AdditionalFiles",
        category: "MappingDsl",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Columns decided by discovery need the snapshot in the build; without it the table would silently get none.",
        helpLinkUri: "docs/diagnostics.md#mdsl030");

    /// <summary>MDSL031: a key above the threshold cannot become a column; its values stay in the rest column.</summary>
    public static readonly DiagnosticDescriptor DiscoveredKeyNotAColumn = new(
        id: "MDSL031",
        title: "Discovered key cannot become a column",
        messageFormat: "Key '{0}' of discovery group '{1}' is in {2} of the records but gets no column on '{3}': {4}; its values stay in the rest column",
        category: "MappingDsl",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A key whose name is not a valid column name, or whose column name the class already declares, is kept as JSON in the rest column.",
        helpLinkUri: "docs/diagnostics.md#mdsl031");

    /// <summary>MDSL032: the rest column is not a declared memo custom column.</summary>
    public static readonly DiagnosticDescriptor DiscoveredRestColumnInvalid = new(
        id: "MDSL032",
        title: "Discovered columns' rest column missing",
        messageFormat: "'{0}' names '{1}' as the rest column for the keys without a column, but declares no [CustomColumn(ColumnType.Memo)] string property of that name",
        category: "MappingDsl",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Keys below the threshold (and values of another type than their column) are kept as JSON; they need a memo column, or they would be lost.",
        helpLinkUri: "docs/diagnostics.md#mdsl032");
#pragma warning restore RS2008
}
