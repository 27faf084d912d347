using System.Text.Json;
using System.Text.Json.Nodes;

namespace MappingDsl.Dataverse.Metadata;

/// <summary>
/// Reads one table's definition the way an org serves it: <c>EntityDefinitions(LogicalName='x')?$expand=Attributes</c>
/// returns every column but leaves out the <c>OptionSet</c> / <c>GlobalOptionSet</c> navigation properties of choice
/// columns, which only a cast to the derived type expands. The reader sends one cast request per choice type the table
/// actually has (<c>…/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata?$select=LogicalName&amp;$expand=OptionSet,GlobalOptionSet</c>,
/// likewise MultiSelectPicklist, State, Status, and Boolean with <c>OptionSet</c> only) and merges the options into the
/// attributes, so callers see the inline shape of the metadata snapshot.
/// </summary>
/// <param name="client">The Dataverse client.</param>
public sealed class TableMetadataReader(DataverseClient client)
{
    /// <summary>The derived attribute types that carry options, each with what its cast may expand.</summary>
    public static IReadOnlyList<(string Type, string Expand)> ChoiceTypes { get; } =
    [
        ("PicklistAttributeMetadata", "OptionSet,GlobalOptionSet"),
        ("MultiSelectPicklistAttributeMetadata", "OptionSet,GlobalOptionSet"),
        ("StateAttributeMetadata", "OptionSet,GlobalOptionSet"),
        ("StatusAttributeMetadata", "OptionSet,GlobalOptionSet"),
        ("BooleanAttributeMetadata", "OptionSet"),
    ];

    private const string Namespace = "Microsoft.Dynamics.CRM.";

    /// <summary>Reads a table's definition with its attributes (choice options merged in) and the asked-for parts; null
    /// when the org has no such table.</summary>
    /// <param name="logicalName">The table's logical name (letters, digits and underscores).</param>
    /// <param name="parts">What to expand besides the attributes.</param>
    /// <param name="select">Table properties to select (all when null); <c>MetadataId</c> and expanded parts always come.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The logical name is not a valid one.</exception>
    public async Task<JsonObject?> ReadAsync(string logicalName, TableMetadataParts parts = TableMetadataParts.Attributes, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(logicalName);
        if (logicalName.Length == 0 || !logicalName.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw new ArgumentException($"'{logicalName}' is not a table logical name (letters, digits and underscores only).", nameof(logicalName));
        var table = $"EntityDefinitions(LogicalName='{logicalName}')";
        var expand = "Attributes"
            + (parts.HasFlag(TableMetadataParts.ManyToOneRelationships) ? ",ManyToOneRelationships" : "")
            + (parts.HasFlag(TableMetadataParts.Keys) ? ",Keys" : "");
        var query = (select is { Count: > 0 } ? "$select=" + string.Join(',', select) + "&" : "") + "$expand=" + expand;
        JsonObject definition;
        using (var document = await client.TryGetJsonAsync($"{table}?{query}", cancellationToken).ConfigureAwait(false))
        {
            if (document is null) return null;
            definition = document.RootElement.ValueKind == JsonValueKind.Object
                ? JsonObject.Create(document.RootElement.Clone())!
                : throw new InvalidDataException($"{table} returned {document.RootElement.ValueKind}, not a table definition.");
        }
        if (definition["Attributes"] is not JsonArray attributes) return definition;

        var byName = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in attributes.OfType<JsonObject>())
        {
            if ((string?)attribute["LogicalName"] is { } name) byName[name] = attribute;
            if (TypeName(attribute) is { } type) present.Add(type);
        }
        foreach (var (type, expandOptions) in ChoiceTypes.Where(t => present.Contains(t.Type)))
        {
            using var cast = await client.GetJsonAsync($"{table}/Attributes/{Namespace}{type}?$select=LogicalName&$expand={expandOptions}", cancellationToken).ConfigureAwait(false);
            if (!cast.RootElement.TryGetProperty("value", out var values) || values.ValueKind != JsonValueKind.Array) continue;
            foreach (var item in values.EnumerateArray())
            {
                if (!item.TryGetProperty("LogicalName", out var name) || name.GetString() is not { } logical || !byName.TryGetValue(logical, out var attribute)) continue;
                Merge(item, attribute, "OptionSet");
                Merge(item, attribute, "GlobalOptionSet");
            }
        }
        return definition;
    }

    private static void Merge(JsonElement from, JsonObject into, string property)
    {
        if (from.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object)
            into[property] = JsonNode.Parse(value.GetRawText());
    }

    /// <summary>The derived type without namespace; when <c>@odata.type</c> is missing, from <c>AttributeType</c>
    /// (a multi-select column's AttributeType is <c>Virtual</c>, so it is only found by its <c>@odata.type</c>).</summary>
    private static string? TypeName(JsonObject attribute)
    {
        if ((string?)attribute["@odata.type"] is { Length: > 0 } odataType)
            return odataType.TrimStart('#').Replace(Namespace, "", StringComparison.Ordinal);
        return (string?)attribute["AttributeType"] is { Length: > 0 } attributeType ? attributeType + "AttributeMetadata" : null;
    }
}
