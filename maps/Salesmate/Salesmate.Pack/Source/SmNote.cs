namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>A Salesmate note (<c>note</c> module) on a contact, company or deal.</summary>
public sealed class SmNote : ISmNoteParent
{
    /// <summary>Salesmate id.</summary>
    [SourceKey] public long Id { get; init; }
    /// <summary>HTML text.</summary>
    public string? Note { get; init; }
    /// <summary>The record it is attached to.</summary>
    public SmRelatedTo? RelatedTo { get; init; }
    /// <summary>Author.</summary>
    public SmUserRef? CreatedBy { get; init; }
    /// <summary>Created at.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Last modified at.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }
}
