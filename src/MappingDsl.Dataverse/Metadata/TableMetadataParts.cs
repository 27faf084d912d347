namespace MappingDsl.Dataverse.Metadata;

/// <summary>What <see cref="TableMetadataReader"/> expands besides <c>Attributes</c>, which it always reads.</summary>
[Flags]
public enum TableMetadataParts
{
    /// <summary>Attributes only (with their choice options).</summary>
    Attributes = 0,

    /// <summary>Also <c>ManyToOneRelationships</c> (the lookups' navigation property names).</summary>
    ManyToOneRelationships = 1,

    /// <summary>Also <c>Keys</c> (alternate keys with their <c>EntityKeyIndexStatus</c>).</summary>
    Keys = 2,
}
