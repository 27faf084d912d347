namespace MappingDsl.Sources.Iterable;

/// <summary>Iterable's data centers; each has its own API host (source-apis.md §2.2).</summary>
public enum IterableRegion
{
    /// <summary><c>https://api.iterable.com/api/</c>.</summary>
    Us,

    /// <summary><c>https://api.eu.iterable.com/api/</c>.</summary>
    Eu,
}
