namespace MappingDsl.Dataverse;

/// <summary>How a keyed <c>PATCH</c> behaves.</summary>
public enum UpsertMode
{
    /// <summary>Create or update.</summary>
    Upsert,
    /// <summary>Create only (<c>If-None-Match: *</c>): 412 when the record exists.</summary>
    CreateOnly,
    /// <summary>Update only (<c>If-Match: *</c>): 404 when it does not.</summary>
    UpdateOnly,
}
