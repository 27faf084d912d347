namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>Salesmate's comma-separated tags as labels for the sm_tagset choice column.</summary>
    /// <param name="tags">The tags as Salesmate sends them.</param>
    public static System.Collections.Generic.IReadOnlyList<string>? TagList(string? tags) =>
        string.IsNullOrWhiteSpace(tags) ? null : tags.Split(',', System.StringSplitOptions.TrimEntries | System.StringSplitOptions.RemoveEmptyEntries);
}
