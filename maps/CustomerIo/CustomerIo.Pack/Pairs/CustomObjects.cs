using MappingDsl.Entities;
using MappingDsl.Maps.CustomerIo.Source;

namespace MappingDsl.Maps.CustomerIo;

public static partial class CustomerIoPack
{
    /// <summary>
    /// Objects of type Projects become cio_project rows with the original type name kept, a lookup to the account of
    /// their company_id and to the lead or contact related to them. They load after companies and people.
    /// </summary>
    [Pair("Custom Object (arbitrary type)", Module = "object:Projects", TargetDescription = "Custom table cio_project (lookups to account, contact/lead)")]
    [Ignore(nameof(CioObject.CioObjectId), Reason = "Customer.io's internal id; the object id is kept")]
    [Ignore(nameof(CioObject.ObjectTypeId), Reason = "The type name is kept in cio_objecttype")]
    [Ignore(nameof(CioObject.TypeId), Reason = "The type name is kept in cio_objecttype")]
    public static CioProject Projects(CioObject s, MapContext m) => ObjectColumns(new CioProject
    {
        cio_AccountId = m.Ref(Companies, s.Attributes?.CompanyId),
        cio_ContactId = m.Ref(People, First(s.People)),
        cio_LeadId = m.Ref(People, First(s.People)),
        cio_Budget = s.Attributes?.Budget,
        cio_Status = s.Attributes?.Status,
        cio_StartedAt = s.Attributes?.StartedAt,
    }, s);

    /// <summary>
    /// Objects of type Milestones become cio_milestone rows with a lookup to their project (project_id), so they load
    /// after projects: the dependency order between custom objects.
    /// </summary>
    [Pair("Custom Object (arbitrary type)", Module = "object:Milestones", TargetDescription = "Custom table cio_milestone (lookup to cio_project)")]
    [Ignore(nameof(CioObject.CioObjectId), Reason = "Customer.io's internal id; the object id is kept")]
    [Ignore(nameof(CioObject.ObjectTypeId), Reason = "The type name is kept in cio_objecttype")]
    [Ignore(nameof(CioObject.TypeId), Reason = "The type name is kept in cio_objecttype")]
    [Ignore(nameof(CioObject.People), Reason = "Milestones relate to no person in the workspace; a related person would be listed in the object inventory")]
    public static CioMilestone Milestones(CioObject s, MapContext m) => ObjectColumns(new CioMilestone
    {
        cio_ProjectId = m.Ref(Projects, s.Attributes?.ProjectId),
        cio_DueAt = s.Attributes?.DueAt,
        cio_Done = s.Attributes?.Done,
    }, s);

    /// <summary>The identity every custom-object row carries: its name, the object id and the type name, kept as they were.</summary>
    [SharedColumns]
    public static T ObjectColumns<T>(T t, CioObject s) where T : CioObjectColumns
    {
        t.cio_Name = Lossy.Truncate(s.Attributes?.Name ?? s.ObjectId ?? "(unnamed)", 200, "Names are limited to 200 characters");
        t.cio_ObjectId = s.ObjectId;
        t.cio_ObjectType = s.TypeName;
        return t;
    }

    /// <summary>
    /// Every object type, with the table its objects land in: a type added in Customer.io after the pack was written
    /// shows here without a table until one is declared (Sales Professional allows 15 custom tables: MDSL011).
    /// </summary>
    [Pair("Custom Object (arbitrary type)", Module = "objectType", TargetDescription = "Object type inventory (type → Dataverse table)")]
    [Ignore(nameof(CioObjectType.Key), Reason = "The same as the type id")]
    public static InventoryRow ObjectTypes(CioObjectType s, MapContext m) => new()
    {
        ["Type id"] = s.Id,
        ["Type"] = s.Name,
        ["Singular"] = s.SingularName,
        ["Enabled"] = s.Enabled == true ? "yes" : "no",
        ["Dataverse table"] = s.Name switch
        {
            "Companies" => "account",
            "Projects" => "cio_project",
            "Milestones" => "cio_milestone",
            _ => "none: declare a [CustomTable] and a pair for it",
        },
    };

    private static string? First(IReadOnlyList<string>? people) => people is { Count: > 0 } list ? list[0] : null;
}
