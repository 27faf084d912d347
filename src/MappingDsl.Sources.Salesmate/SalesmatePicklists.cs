namespace MappingDsl.Sources.Salesmate;

/// <summary>
/// The standard fields whose values discovery collects (values in use feed the map pack's picklist matrices).
/// A path may cross arrays: <c>attendees.responseStatus</c> collects from every attendee.
/// </summary>
public static class SalesmatePicklists
{
    /// <summary>Per module, the field paths whose distinct values are reported.</summary>
    public static IReadOnlyDictionary<string, string[]> StandardFields { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["company"] = ["industry", "currency"],
        ["contact"] = ["lifecycleStage", "type"],
        ["deal"] = ["pipeline", "stage", "status", "lostReason", "wonReason", "priority", "source", "currency"],
        ["task"] = ["status", "priority"],
        ["call"] = ["callOutcome", "callDirection"],
        ["meeting"] = ["attendees.responseStatus"],
        ["email"] = ["direction"],
        ["teamInboxThread"] = ["status", "channel", "inboxName"],
        ["teamInboxMessage"] = ["direction"],
        ["smartFlowMembership"] = ["status", "flowName"],
    };

    /// <summary>The fields on a record that name an owner or responder (objects with an <c>email</c>).</summary>
    public static IReadOnlyList<string> OwnerFields { get; } = ["owner", "assignedTo", "respondedBy"];

    /// <summary>The metadata group a module's custom fields are listed under.</summary>
    /// <param name="module">The extractor module.</param>
    public static string MetadataModuleOf(string module) => module switch
    {
        "task" or "call" or "meeting" => "activity",
        _ => module,
    };
}
