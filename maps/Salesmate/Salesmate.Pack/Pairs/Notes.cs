using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Salesmate notes become notes (annotations) on the migrated record they belong to — account, contact, lead or
    /// opportunity — with their original creation time. The HTML text, embedded image links included, is kept as is;
    /// the images themselves arrive as file notes beside it (Note (embedded images)).
    /// </summary>
    [Pair("Note", Module = "note", Deviation = "A Dataverse note holds one file, so a note with embedded images arrives as its text note plus one file note (annotation with the image as document) per image, on the same record, with the note's author and creation time; the text keeps its <img> tags, whose links point at Salesmate and stop working when the account closes. Only images on the account's own Salesmate host are moved (external links stay links); an image above the org's maximum upload size (5 MB unless set) is quarantined with its size. Files attached to deals, contacts and companies outside notes are not moved: Salesmate documents no API for them.")]
    [Ignore(nameof(SmNote.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Annotation Notes(SmNote s, MapContext m) => NoteParentColumns(new Annotation
    {
        Subject = $"Salesmate note by {s.CreatedBy?.Name ?? "unknown"}",
        NoteText = s.Note,
        IsDocument = false,
    }, s, m);

    /// <summary>
    /// Each image embedded in a note becomes a file note (annotation with <c>isdocument</c>, file name, MIME type and
    /// the bytes as <c>documentbody</c>) on the same record as its note, with the note's author and creation time.
    /// Verification reads <c>documentbody</c> back and compares it whole, so size and hash are checked too.
    /// </summary>
    [Pair("Note (embedded images)", Module = "noteFile", TargetDescription = "File note (annotation with document), one per image embedded in a note, on the note's record")]
    [Ignore(nameof(SmNoteFile.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    [Ignore(nameof(SmNoteFile.Size), Reason = "Dataverse computes filesize from documentbody; verification compares the bytes")]
    [Ignore(nameof(SmNoteFile.Sha256), Reason = "Verification compares documentbody, so every byte, not only the hash")]
    [Ignore(nameof(SmNoteFile.Position), Reason = "Part of the key and of the subject")]
    public static Annotation NoteFiles(SmNoteFile s, MapContext m) => NoteParentColumns(new Annotation
    {
        Subject = $"Image {s.Position} of Salesmate note {s.NoteId}",
        NoteText = $"Embedded in Salesmate note {s.NoteId} ({s.Source})",
        IsDocument = true,
        FileName = s.FileName,
        MimeType = s.MimeType,
        DocumentBody = s.Content,
    }, s, m);

    /// <summary>
    /// What a note and the images embedded in it share: the record they are attached to (a company's account, a deal's
    /// opportunity, else the contact or lead), the author as owner, and the creation time.
    /// </summary>
    /// <param name="t">The note the pair created.</param>
    /// <param name="s">The Salesmate note or embedded image.</param>
    /// <param name="m">The map context.</param>
    /// <returns><paramref name="t"/>, with the shared columns set.</returns>
    [SharedColumns]
    public static Annotation NoteParentColumns(Annotation t, ISmNoteParent s, MapContext m)
    {
        t.ObjectId = s.RelatedTo?.Module switch
        {
            "company" => m.Ref(Companies, s.RelatedTo.Id),
            "deal" => m.Ref(Deals, s.RelatedTo.Id),
            _ => m.Ref(Contacts, s.RelatedTo?.Id),
        };
        t.OwnerId = m.Owner(s.CreatedBy?.Email);
        t.OverriddenCreatedOn = s.CreatedAt;
        return t;
    }
}
