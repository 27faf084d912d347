using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Salesmate notes become notes (annotations) on the migrated record they belong to — account, contact, lead or
    /// opportunity — with their original creation time. The HTML text, embedded image links included, is kept as is.
    /// </summary>
    [Pair("Note", Module = "note")]
    [Ignore(nameof(SmNote.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Annotation Notes(SmNote s, MapContext m) => new()
    {
        Subject = $"Salesmate note by {s.CreatedBy?.Name ?? "unknown"}",
        NoteText = s.Note,
        IsDocument = false,
        ObjectId = s.RelatedTo?.Module switch
        {
            "company" => m.Ref(Companies, s.RelatedTo.Id),
            "deal" => m.Ref(Deals, s.RelatedTo.Id),
            _ => m.Ref(Contacts, s.RelatedTo?.Id),
        },
        OwnerId = m.Owner(s.CreatedBy?.Email),
        OverriddenCreatedOn = s.CreatedAt,
    };
}
