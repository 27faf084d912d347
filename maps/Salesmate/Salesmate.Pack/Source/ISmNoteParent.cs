namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>What a Salesmate note and an image embedded in it both say about where they belong and who wrote them.</summary>
public interface ISmNoteParent
{
    /// <summary>The record the note is attached to.</summary>
    SmRelatedTo? RelatedTo { get; }

    /// <summary>The note's author.</summary>
    SmUserRef? CreatedBy { get; }

    /// <summary>When the note was written.</summary>
    DateTimeOffset? CreatedAt { get; }
}
