namespace MappingDsl.Sources.Wetroo;

/// <summary>How the extractor reads one Wetroo module.</summary>
/// <param name="Name">The module name records carry (<c>contact</c>, <c>deal</c> …).</param>
/// <param name="Resource">The path segment of its list call (<c>contacts</c>).</param>
/// <param name="Fields">Where the id and the modified timestamp are; no timestamp means every read is a full one.</param>
public sealed record WetrooModule(string Name, string Resource, RecordFields Fields)
{
    /// <summary>Whether the list call takes <c>updatedSince</c> (the module has a modified timestamp).</summary>
    public bool Incremental => Fields.ModifiedField is not null;
}
