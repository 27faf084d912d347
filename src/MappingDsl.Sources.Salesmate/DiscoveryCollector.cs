using System.Text.Json;
using MappingDsl.Sources.Discovery;

namespace MappingDsl.Sources.Salesmate;

/// <summary>Accumulates what discovery sees on records: picklist values, tags and owner emails.</summary>
internal sealed class DiscoveryCollector
{
    private readonly Dictionary<string, SortedSet<string>> _values = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OwnerInfo> _owners = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> _referencedOwners = new(StringComparer.OrdinalIgnoreCase);

    public void Observe(string module, ReadOnlyMemory<byte> json, IReadOnlyList<PicklistPath> picklists, IReadOnlyList<CustomFieldInfo> customFields)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        foreach (var field in customFields)
        {
            if (root.TryGetProperty(field.Name, out var value) && IsFilled(value))
                field.Filled++;
        }

        switch (module)
        {
            case "user":
                ObserveUser(root);
                return;
            case "tag":
                if (Text(root, "tag") is { Length: > 0 } tag)
                {
                    _tags.Add(tag);
                }

                return;
        }

        foreach (var picklist in picklists)
        {
            var set = Set($"{module}.{picklist.Path}");
            foreach (var value in Walk(root, picklist.Path.Split('.'), 0))
            {
                AddValues(set, value, picklist.MultiValue);
            }
        }

        if (root.TryGetProperty("tags", out var tags))
        {
            AddValues(_tags, tags, multiValue: true);
        }

        foreach (var field in SalesmatePicklists.OwnerFields)
        {
            if (root.TryGetProperty(field, out var owner) && owner.ValueKind == JsonValueKind.Object
                && Text(owner, "email") is { Length: > 0 } email)
            {
                _referencedOwners.TryAdd(email, Text(owner, "name"));
            }
        }
    }

    private static bool IsFilled(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => false,
        JsonValueKind.String => value.GetString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text),
        JsonValueKind.Array => value.GetArrayLength() > 0,
        _ => true,
    };

    public void CopyTo(DiscoverySnapshot snapshot)
    {
        foreach (var (key, set) in _values)
        {
            if (set.Count > 0)
            {
                snapshot.Values[key] = [.. set];
            }
        }

        snapshot.Tags.Distinct = _tags.Count;
        snapshot.Tags.Values = [.. _tags];
        foreach (var (email, name) in _referencedOwners)
        {
            // An owner on records who is not a user any more still needs a Dynamics user or a reconciliation entry.
            _owners.TryAdd(email, new OwnerInfo { Email = email, Name = name, Active = false });
        }

        snapshot.Owners.AddRange(_owners.Values.OrderBy(o => o.Email, StringComparer.OrdinalIgnoreCase));
    }

    private void ObserveUser(JsonElement root)
    {
        if (Text(root, "email") is not { Length: > 0 } email)
        {
            return;
        }

        var active = string.Equals(Text(root, "status"), "active", StringComparison.OrdinalIgnoreCase);
        _owners[email] = new OwnerInfo { Email = email, Name = Text(root, "name"), Active = active };
    }

    private SortedSet<string> Set(string key)
    {
        if (!_values.TryGetValue(key, out var set))
        {
            set = new SortedSet<string>(StringComparer.Ordinal);
            _values[key] = set;
        }

        return set;
    }

    private static IEnumerable<JsonElement> Walk(JsonElement element, string[] path, int index)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var found in Walk(item, path, index))
                {
                    yield return found;
                }
            }

            yield break;
        }

        if (index == path.Length)
        {
            yield return element;
            yield break;
        }

        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(path[index], out var child))
        {
            foreach (var found in Walk(child, path, index + 1))
            {
                yield return found;
            }
        }
    }

    private static void AddValues(SortedSet<string> set, JsonElement value, bool multiValue)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (multiValue)
                {
                    foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        set.Add(part);
                    }
                }
                else if (text.Length > 0)
                {
                    set.Add(text);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    AddValues(set, item, multiValue);
                }

                break;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                set.Add(value.GetRawText());
                break;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
