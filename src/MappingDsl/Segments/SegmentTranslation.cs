namespace MappingDsl.Segments;

/// <summary>The outcome of translating a segment: FetchXML that returns its members, or every reason it cannot.</summary>
public sealed record SegmentTranslation
{
    private SegmentTranslation(string? fetchXml, IReadOnlyList<string> reasons)
    {
        FetchXml = fetchXml;
        Reasons = reasons;
    }

    /// <summary>The query, when every rule could be expressed.</summary>
    public string? FetchXml { get; }

    /// <summary>Why the rules cannot be expressed (empty when <see cref="FetchXml"/> is set), one line per cause.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Whether <see cref="FetchXml"/> holds the query.</summary>
    public bool IsExpressible => FetchXml is not null;

    internal static SegmentTranslation Expressed(string fetchXml) => new(fetchXml, []);

    internal static SegmentTranslation NotExpressible(IReadOnlyList<string> reasons) => new(null, reasons);
}
