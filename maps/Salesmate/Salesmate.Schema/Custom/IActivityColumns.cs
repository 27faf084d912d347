namespace MappingDsl.Entities;

/// <summary>
/// The standard Dataverse columns phone calls, appointments and tasks all have and the Salesmate pack fills the same way,
/// as one type a <c>[SharedColumns]</c> method can set them through; each table's generated properties implement it.
/// </summary>
public interface IActivityColumns
{
    /// <summary>Regarding: the record the activity is about.</summary>
    global::MappingDsl.LookupRef? RegardingObjectId { get; set; }

    /// <summary>Owner.</summary>
    global::MappingDsl.OwnerRef? OwnerId { get; set; }

    /// <summary>Record created on (kept from the source).</summary>
    global::System.DateTimeOffset? OverriddenCreatedOn { get; set; }
}
