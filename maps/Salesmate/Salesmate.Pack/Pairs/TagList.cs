namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>Salesmate's comma-separated tags as labels for the sm_tagset choice column.</summary>
    /// <param name="tags">The tags as Salesmate sends them.</param>
    /// <remarks>A repeated tag text gets the read-only list it got before (<see cref="TextCache{T}"/>).</remarks>
    public static System.Collections.Generic.IReadOnlyList<string>? TagList(string? tags) =>
        string.IsNullOrWhiteSpace(tags) ? null
            : TextCache<string>.GetOrAdd(tags, static text => text.Split(',', System.StringSplitOptions.TrimEntries | System.StringSplitOptions.RemoveEmptyEntries));
}
