namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>
/// An image embedded in a Salesmate note, as the extractor downloads it (<c>noteFile</c> module): one record per
/// image, carrying its note's parent, author and times and the file's bytes in base64.
/// </summary>
public sealed class SmNoteFile : ISmNoteParent
{
    /// <summary><c>{noteId}-image{n}</c>: a string, so it never meets a note's numeric key in the annotation table.</summary>
    [SourceKey] public string? Key { get; init; }
    /// <summary>The note's id.</summary>
    public string? NoteId { get; init; }
    /// <summary>The image's position in the note, from 1.</summary>
    public int Position { get; init; }
    /// <summary>The note's parent record.</summary>
    public SmRelatedTo? RelatedTo { get; init; }
    /// <summary>The note's author.</summary>
    public SmUserRef? CreatedBy { get; init; }
    /// <summary>When the note was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>When the note was last modified.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }
    /// <summary>Where the image was downloaded from.</summary>
    public string? Source { get; init; }
    /// <summary>The file's name.</summary>
    public string? FileName { get; init; }
    /// <summary>The file's MIME type.</summary>
    public string? MimeType { get; init; }
    /// <summary>The file's size in bytes, as downloaded.</summary>
    public long Size { get; init; }
    /// <summary>Lower-case hex SHA-256 of the bytes, as downloaded.</summary>
    public string? Sha256 { get; init; }
    /// <summary>The bytes, base64 (what <c>annotation.documentbody</c> takes).</summary>
    public string? Content { get; init; }
}
