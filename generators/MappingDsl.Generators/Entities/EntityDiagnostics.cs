using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Entities;

/// <summary>Diagnostics the entity generator reports (MDSL050–059).</summary>
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
#pragma warning restore RS2008
}
