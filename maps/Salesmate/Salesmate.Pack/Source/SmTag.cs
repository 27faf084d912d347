namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>A Salesmate tag (<c>tag</c> module): its text is its id.</summary>
public sealed class SmTag
{
    /// <summary>The tag's text.</summary>
    [SourceKey] public string? Tag { get; init; }
}
