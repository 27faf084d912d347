namespace MappingDsl;

/// <summary>
/// A pair's generated transform: parses one source record from UTF-8 JSON, runs the pair's map and writes the
/// resulting record(s) into a <see cref="RecordWriter"/>. It never throws for bad data: a malformed record, a
/// value outside a matrix or an exception in map code comes back as a rejected outcome with its reason.
/// </summary>
public interface IPairTransform
{
    /// <summary>The pair's name (its method's name).</summary>
    string Pair { get; }

    /// <summary>Transforms one source record.</summary>
    /// <param name="sourceJson">The source record as the extractor read it.</param>
    /// <param name="writer">Where the target records go; its context resolves lookups and owners.</param>
    TransformOutcome Transform(ReadOnlySpan<byte> sourceJson, RecordWriter writer);
}
