using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse.Protocol;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// How attribute definitions are served. Dataverse returns <c>OptionSet</c> and <c>GlobalOptionSet</c> only as navigation
/// properties of the derived types (<c>…/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata?$expand=OptionSet</c>),
/// never in <c>$expand=Attributes</c>; the emulator keeps them inline in its catalog and strips them here, so a client
/// that forgets the cast fails against the emulator exactly as it would against an org.
/// </summary>
internal static class AttributeViews
{
    /// <summary>The global choice a column was bound to when it was created; resolved when served, so options inserted
    /// into the global choice later are seen through every column that uses it.</summary>
    public const string GlobalBinding = "_GlobalOptionSetName";

    private const string Namespace = "Microsoft.Dynamics.CRM.";

    private static readonly HashSet<string> OptionSetTypes = new(StringComparer.Ordinal)
    {
        "PicklistAttributeMetadata", "MultiSelectPicklistAttributeMetadata", "StateAttributeMetadata", "StatusAttributeMetadata", "BooleanAttributeMetadata",
    };

    private static readonly HashSet<string> GlobalOptionSetTypes = new(StringComparer.Ordinal)
    {
        "PicklistAttributeMetadata", "MultiSelectPicklistAttributeMetadata", "StateAttributeMetadata", "StatusAttributeMetadata",
    };

    /// <summary>The attribute as <c>$expand=Attributes</c> or <c>…/Attributes(…)</c> serves it: no choice options.</summary>
    public static JsonObject Plain(JsonObject definition)
    {
        var result = new JsonObject();
        foreach (var (name, value) in definition)
        {
            // "_" members are the snapshot's own notes (provenance, transcribed navigation names); an org sends none, so
            // a metadata pull must find navigation names where an org has them: the ManyToOneRelationships.
            if (name is "OptionSet" or "GlobalOptionSet" || name.StartsWith('_')) continue;
            result[name] = value?.DeepClone();
        }
        return result;
    }

    /// <summary>Reads a cast segment (<c>Microsoft.Dynamics.CRM.PicklistAttributeMetadata</c>) into the type name, or null
    /// when the segment is not an attribute metadata type.</summary>
    public static string? CastType(string segment) =>
        segment.StartsWith(Namespace, StringComparison.Ordinal) && segment.EndsWith("AttributeMetadata", StringComparison.Ordinal) && segment.Length > Namespace.Length + "AttributeMetadata".Length
            ? segment[Namespace.Length..]
            : null;

    /// <summary>The derived metadata type of an attribute (<c>PicklistAttributeMetadata</c>), from its <c>@odata.type</c>
    /// or, for definitions without one, from its <c>AttributeType</c>.</summary>
    public static string TypeName(AttributeModel attribute)
    {
        if ((string?)attribute.Definition["@odata.type"] is { Length: > 0 } type)
            return type.TrimStart('#').Replace(Namespace, "", StringComparison.Ordinal);
        return (attribute.AttributeType == "Uniqueidentifier" ? "UniqueIdentifier" : attribute.AttributeType) + "AttributeMetadata";
    }

    /// <summary>The attribute seen through a cast: <c>$select</c>ed properties (all structural ones when none are named)
    /// plus MetadataId, and the expanded <c>OptionSet</c> / <c>GlobalOptionSet</c>.</summary>
    public static JsonObject Cast(AttributeModel attribute, string type, EmulatorRequest request, MetadataCatalog catalog)
    {
        var expand = ExpandList(request.QueryValue("$expand"));
        foreach (var name in expand)
        {
            var allowed = name switch
            {
                "OptionSet" => OptionSetTypes.Contains(type),
                "GlobalOptionSet" => GlobalOptionSetTypes.Contains(type),
                _ => false,
            };
            if (!allowed) throw EmulatorError.BadRequest($"Could not find a property named '{name}' on type '{Namespace}{type}'.");
        }
        var plain = Plain(attribute.Definition);
        JsonObject result;
        if (request.QueryValue("$select") is { Length: > 0 } select)
        {
            var wanted = select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            result = [];
            foreach (var (name, value) in plain)
            {
                if (wanted.Contains(name) || name == "MetadataId") result[name] = value?.DeepClone();
            }
        }
        else
        {
            result = plain;
        }
        var global = (string?)attribute.Definition[GlobalBinding] is { } bound ? catalog.OptionSet(bound) : attribute.Definition["GlobalOptionSet"] as JsonObject;
        if (expand.Contains("OptionSet"))
            result["OptionSet"] = (global ?? attribute.Definition["OptionSet"])?.DeepClone();
        if (expand.Contains("GlobalOptionSet"))
            result["GlobalOptionSet"] = global?.DeepClone();
        return result;
    }

    /// <summary>The top-level names of an <c>$expand</c> (nested options such as <c>GlobalOptionSet($select=Options)</c> are
    /// accepted and the whole object is returned).</summary>
    private static List<string> ExpandList(string? expand)
    {
        var names = new List<string>();
        if (string.IsNullOrWhiteSpace(expand)) return names;
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= expand.Length; i++)
        {
            if (i < expand.Length && expand[i] == '(') depth++;
            else if (i < expand.Length && expand[i] == ')') depth--;
            else if (i == expand.Length || (expand[i] == ',' && depth == 0))
            {
                var item = expand[start..i].Trim();
                var open = item.IndexOf('(');
                if (open >= 0) item = item[..open].Trim();
                if (item.Length > 0) names.Add(item);
                start = i + 1;
            }
        }
        return names;
    }
}
