using System.Globalization;
using System.Text;
using MappingDsl.Maps.Salesmate;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// The pack's own picklist matrices and lossy rules, reached from the baselines so every approach produces the same
/// values; only the plumbing around them differs.
/// </summary>
internal static class Picklists
{
    public static string? Truncate(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : value[..maxLength];

    // The multi-select custom field, comma-separated, becomes the comma-separated option values Dataverse takes.
    public static string? Interests(string? csv)
    {
        if (string.IsNullOrWhiteSpace(csv))
            return null;
        var text = new StringBuilder();
        foreach (var part in csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (text.Length > 0)
                text.Append(',');
            text.Append(((int)SalesmatePack.Interest(part)).ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>
    /// The sm_tagset option values by tag label, from the pack's own provisioning manifest (the values discovery fixed),
    /// so every baseline writes the choice values the generated transform writes.
    /// </summary>
    public static readonly Dictionary<string, int> TagOptions = SalesmatePack.Catalog.Manifest.Columns
        .First(c => c.Table == "contact" && c.LogicalName == "sm_tagset").Options
        .ToDictionary(o => o.Label, o => o.Value, StringComparer.Ordinal);

    // The comma-separated tags become the distinct option values of the labels that have one (in first-seen order);
    // none at all is null, as the generated RecordWriter.Choices writes it.
    public static string? TagSet(string? tags)
    {
        if (string.IsNullOrWhiteSpace(tags))
            return null;
        var text = new StringBuilder();
        var seen = new HashSet<int>();
        foreach (var label in tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TagOptions.TryGetValue(label, out var value) && seen.Add(value))
                text.Append(text.Length == 0 ? "" : ",").Append(value.ToString(CultureInfo.InvariantCulture));
        }
        return text.Length == 0 ? null : text.ToString();
    }

    public static string? Responses(IReadOnlyList<Maps.Salesmate.Source.SmAttendee>? attendees)
    {
        if (attendees is null || attendees.Count == 0)
            return null;
        var text = new StringBuilder();
        foreach (var attendee in attendees)
            text.Append(attendee.Email).Append(": ").Append(attendee.ResponseStatus ?? "None").Append('\n');
        return text.ToString();
    }

    public static (int? State, int? Status) DealState(string? status)
    {
        var state = (int?)SalesmatePack.DealState(status);
        return (state, state is null ? null : (int?)SalesmatePack.DealStatus(status));
    }
}
