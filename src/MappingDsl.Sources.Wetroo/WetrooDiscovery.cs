using System.Text.Json;
using MappingDsl.Sources.Discovery;

namespace MappingDsl.Sources.Wetroo;

/// <summary>
/// Audits a Wetroo account before a migration: counts per module, custom field definitions with types and options,
/// stage names per pipeline (stale stages flagged), values in use for every matrix the pack has, teams (numbered as
/// choice options that never change), playbooks and owners. Reads every record once, one page at a time.
/// </summary>
public sealed class WetrooDiscovery
{
    /// <summary>The choice list team names are numbered in (the <c>wt_teamset</c> multi-select column).</summary>
    public const string TeamChoices = "teams";

    /// <summary>The <c>values</c> key of stages deals carry that no pipeline has any more.</summary>
    public const string StaleStageKey = "deal.staleStage";

    private readonly ISourceReader _reader;
    private readonly TimeProvider _time;

    /// <summary>Creates a discovery run.</summary>
    /// <param name="reader">Reads the account: the extractor, or a <c>file:</c> export of every module.</param>
    /// <param name="time">The clock stamped into the snapshot; the system clock when omitted.</param>
    public WetrooDiscovery(ISourceReader reader, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The <c>values</c> key of one pipeline's stage names.</summary>
    /// <param name="pipeline">The pipeline's name.</param>
    public static string StagesOf(string pipeline) => "deal.stage@" + pipeline;

    /// <summary>The <c>values</c> key of a custom picklist field.</summary>
    /// <param name="module"><c>contact</c>, <c>lead</c> or <c>deal</c>.</param>
    /// <param name="key">The field's key.</param>
    public static string CustomFieldKey(string module, string key) => $"{module}.customFields.{key}";

    /// <summary>Runs discovery over every module.</summary>
    /// <param name="ct">Stops the run.</param>
    public Task<DiscoverySnapshot> RunAsync(CancellationToken ct) => RunAsync(null, ct);

    /// <summary>
    /// Runs discovery and writes the snapshot to <paramref name="path"/>; team option values already in a snapshot
    /// there are kept, new teams numbered after them.
    /// </summary>
    /// <param name="path">The snapshot file, e.g. <c>discovery/wetroo.discovery.json</c>.</param>
    /// <param name="ct">Stops the run.</param>
    /// <exception cref="InvalidDataException">The existing snapshot cannot be read, so its option values cannot be kept.</exception>
    public async Task<DiscoverySnapshot> WriteAsync(string path, CancellationToken ct)
    {
        DiscoverySnapshot? previous = null;
        if (File.Exists(path))
        {
            try
            {
                previous = await DiscoverySnapshotJson.ReadFileAsync(path, ct).ConfigureAwait(false);
            }
            catch (InvalidDataException exception)
            {
                throw new InvalidDataException($"The snapshot at {path} cannot be read, and its team option values must be kept: {exception.Message} Fix or move the file and run discovery again.", exception);
            }
        }

        var snapshot = await RunAsync(previous, ct).ConfigureAwait(false);
        await DiscoverySnapshotJson.WriteFileAsync(snapshot, path, ct).ConfigureAwait(false);
        return snapshot;
    }

    private async Task<DiscoverySnapshot> RunAsync(DiscoverySnapshot? previous, CancellationToken ct)
    {
        var snapshot = new DiscoverySnapshot { Source = "wetroo", TakenAt = _time.GetUtcNow() };
        var values = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var owners = new Dictionary<string, OwnerInfo>(StringComparer.OrdinalIgnoreCase);
        var referenced = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var pipelineStages = new HashSet<string>(StringComparer.Ordinal);
        var stagesInUse = new SortedSet<string>(StringComparer.Ordinal);
        var ordered = new List<(string Pipeline, List<string> Stages)>();
        var picklists = new List<CustomFieldInfo>();

        void Add(string key, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (!values.TryGetValue(key, out var set))
            {
                values[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(value);
        }

        foreach (var module in WetrooModules.All)
        {
            long count = 0;
            await foreach (var record in _reader.ReadAsync(module.Name, null, ct).ConfigureAwait(false))
            {
                count++;
                if (!record.IsUsable)
                {
                    continue;
                }

                using var document = JsonDocument.Parse(record.Json);
                var root = document.RootElement;
                switch (module.Name)
                {
                    case "field":
                        var field = new CustomFieldInfo
                        {
                            Module = Text(root, "object") ?? "unknown",
                            Name = Text(root, "key") ?? "unknown",
                            Label = Text(root, "label"),
                            Type = Text(root, "type") ?? "unknown",
                            Options = [.. Strings(root, "options")],
                        };
                        // A Wetroo field belongs to the one object whose records carry it in customFields (MDSL020).
                        field.RecordModules.Add(field.Module);
                        snapshot.CustomFields.Add(field);
                        if (field.Type == "picklist")
                        {
                            picklists.Add(field);
                            foreach (var option in field.Options)
                            {
                                Add(CustomFieldKey(field.Module, field.Name), option);
                            }
                        }

                        break;
                    case "owner":
                        if (Text(root, "email") is { Length: > 0 } email)
                        {
                            owners[email] = new OwnerInfo
                            {
                                Email = email,
                                Name = Text(root, "name"),
                                Active = root.TryGetProperty("active", out var active) && active.ValueKind == JsonValueKind.True,
                            };
                        }

                        break;
                    case "team":
                        Add("team.name", Text(root, "name"));
                        break;
                    case "playbook":
                        Add("playbook.name", Text(root, "name"));
                        Add("playbook.trigger", root.TryGetProperty("trigger", out var trigger) ? Text(trigger, "event") : null);
                        break;
                    case "pipeline":
                        var name = Text(root, "name") ?? "(unnamed)";
                        Add("deal.pipeline", name);
                        var stages = root.TryGetProperty("stages", out var list) && list.ValueKind == JsonValueKind.Array
                            ? list.EnumerateArray().OrderBy(s => s.TryGetProperty("order", out var o) && o.TryGetInt32(out var n) ? n : int.MaxValue)
                                .Select(s => Text(s, "name")).OfType<string>().ToList()
                            : [];
                        ordered.Add((name, stages));
                        foreach (var stage in stages)
                        {
                            pipelineStages.Add(stage);
                            Add("deal.stage", stage);
                        }

                        break;
                    default:
                        ObserveRecord(module.Name, root, picklists, Add, referenced);
                        CountFilled(module.Name, root, snapshot.CustomFields);
                        if (module.Name == "deal" && Text(root, "stage") is { Length: > 0 } used)
                        {
                            stagesInUse.Add(used);
                        }

                        break;
                }
            }

            snapshot.Objects[module.Name] = new ObjectStats { Count = count };
        }

        foreach (var (key, set) in values)
        {
            snapshot.Values[key] = [.. set];
        }

        // Stage names per pipeline keep their order: the generator reads them as a set, people read them in order.
        foreach (var (pipeline, stages) in ordered)
        {
            snapshot.Values[StagesOf(pipeline)] = stages;
        }

        foreach (var field in snapshot.CustomFields)
        {
            var records = snapshot.Objects.TryGetValue(field.Module, out var stats) ? stats.Count : 0;
            field.FillRate = records == 0 ? 0 : Math.Round((double)field.Filled / records, 3);
        }

        var stale = stagesInUse.Where(s => !pipelineStages.Contains(s)).ToList();
        if (stale.Count > 0)
        {
            snapshot.Values[StaleStageKey] = stale;
        }

        foreach (var (email, name) in referenced)
        {
            // An owner on records who is not listed any more still needs a Dynamics user or a reconciliation entry.
            owners.TryAdd(email, new OwnerInfo { Email = email, Name = name, Active = false });
        }

        snapshot.Owners.AddRange(owners.Values.OrderBy(o => o.Email, StringComparer.OrdinalIgnoreCase));
        snapshot.Choices[TeamChoices] = ChoiceRegistry.Assign(
            previous?.Choices.GetValueOrDefault(TeamChoices),
            snapshot.Values.GetValueOrDefault("team.name") ?? []);
        return snapshot;
    }

    // Fill rates for the customer document and MDSL020: a value that is not null, not empty text and not an empty list.
    private static void CountFilled(string module, JsonElement root, List<CustomFieldInfo> fields)
    {
        if (!root.TryGetProperty("customFields", out var custom) || custom.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var field in fields.Where(f => f.Module == module))
        {
            if (custom.TryGetProperty(field.Name, out var value) && value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => false,
                JsonValueKind.String => value.GetString()!.Length > 0,
                JsonValueKind.Array => value.GetArrayLength() > 0,
                _ => true,
            })
            {
                field.Filled++;
            }
        }
    }

    private static void ObserveRecord(
        string module, JsonElement root, List<CustomFieldInfo> picklists, Action<string, string?> add, Dictionary<string, string?> referenced)
    {
        switch (module)
        {
            case "lead":
                add("lead.status", Text(root, "status"));
                add("lead.source", Text(root, "source"));
                break;
            case "deal":
                add("deal.pipeline", Text(root, "pipeline"));
                add("deal.stage", Text(root, "stage"));
                add("deal.status", Text(root, "status"));
                break;
            case "contact":
                foreach (var team in Strings(root, "teams"))
                {
                    add("team.name", team);
                }

                break;
        }

        if (root.TryGetProperty("customFields", out var custom) && custom.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in picklists.Where(f => f.Module == module))
            {
                add(CustomFieldKey(module, field.Name), Text(custom, field.Name));
            }
        }

        if (root.TryGetProperty("owner", out var owner) && owner.ValueKind == JsonValueKind.Object && Text(owner, "email") is { Length: > 0 } email)
        {
            referenced.TryAdd(email, Text(owner, "name"));
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            : [];
}
