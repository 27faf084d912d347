namespace MappingDsl;

/// <summary>
/// Implemented by every generated entity type (and by custom tables): the static facts the runtime needs without
/// reflection.
/// </summary>
public interface IDataverseEntity
{
    /// <summary>The table's logical name.</summary>
    static abstract string LogicalName { get; }

    /// <summary>The Web API entity set name.</summary>
    static abstract string EntitySetName { get; }
}
