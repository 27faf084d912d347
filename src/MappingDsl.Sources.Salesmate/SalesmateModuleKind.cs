namespace MappingDsl.Sources.Salesmate;

/// <summary>The kinds of listing call Salesmate has.</summary>
public enum SalesmateModuleKind
{
    /// <summary><c>POST /apis/{module}/v4/search?rows&amp;from</c>, filterable on <c>lastModifiedAt</c>.</summary>
    Search,

    /// <summary><c>GET /apis/core/v4/users?status=active|inactive</c>.</summary>
    Users,

    /// <summary><c>GET /apis/v1/tags?rows&amp;from</c>.</summary>
    Tags,

    /// <summary><c>GET /apis/v3/apps/dealPipeline</c>.</summary>
    Pipelines,

    /// <summary><c>GET /apis/v3/fields/getAllVisibleFields</c>, custom fields only, one record per field.</summary>
    Fields,

    /// <summary>
    /// The images embedded in notes: the <c>note</c> search, then one download per image on the account's own host,
    /// one record per image.
    /// </summary>
    NoteFiles,
}
