namespace MappingDsl.Catalog;

/// <summary>How a source object lands in Dataverse.</summary>
public enum PairKind
{
    /// <summary>Each source record becomes one record of one table.</summary>
    OneToOne,
    /// <summary>Each source record becomes one record of one of several tables, chosen by a condition.</summary>
    Split,
    /// <summary>Nothing is loaded; records become an inventory (CSV and document) for a person to rebuild.</summary>
    DocumentationOnly,
}
