namespace MappingDsl;

/// <summary>
/// A pair's generated direct-write transform: the compiled twin of its pair method, which evaluates each assignment
/// and writes it straight to the <see cref="RecordWriter"/> without building the typed entity. The engine uses it;
/// <see cref="EntityPath"/> is the same pair through the pair method and its entity, the source of truth the twin is
/// proven equal to (same bytes, state, lookups, problems and flags for every record).
/// </summary>
public interface IDirectWriteTransform : IPairTransform
{
    /// <summary>The transform through the pair method and its typed entity.</summary>
    IPairTransform EntityPath { get; }
}
