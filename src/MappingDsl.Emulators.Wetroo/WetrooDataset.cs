using MappingDsl.Emulators.Wetroo.Data;

namespace MappingDsl.Emulators.Wetroo;

/// <summary>
/// The emulator's data. Contacts, leads and deals are generated on demand from (seed, module, index): record <c>i</c>
/// has id <c>i + 1</c>. Only changes are stored: touches (delta tests), deletions and additions (edits that happen
/// while an extractor pages through the data). Reference modules come from <see cref="WetrooEmulatorCatalog"/>.
/// </summary>
public sealed class WetrooDataset
{
    /// <summary>The modules whose records are generated, with the resource each is listed under.</summary>
    public static IReadOnlyDictionary<string, string> GeneratedModules { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["contact"] = "contacts",
        ["lead"] = "leads",
        ["deal"] = "deals",
    };

    private readonly Lock _gate = new();
    private readonly List<(int Number, double Share, DateTimeOffset At)> _touches = [];
    private readonly Dictionary<string, int> _baseCounts;
    private readonly Dictionary<string, int> _added = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _deleted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _addedAt = new(StringComparer.Ordinal);

    internal WetrooDataset(WetrooEmulatorOptions options)
    {
        Options = options;
        Random = new Seeded(options.Seed);
        var n = options.Records;
        _baseCounts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["contact"] = n,
            ["lead"] = Math.Max(1, n / 2),
            ["deal"] = Math.Max(1, n / 2),
        };
    }

    /// <summary>The options the data was generated with.</summary>
    public WetrooEmulatorOptions Options { get; }

    internal Seeded Random { get; }

    /// <summary>How many contacts were generated (deals point at ids up to this).</summary>
    public int GeneratedContacts => _baseCounts["contact"];

    /// <summary>How many records a module holds now (deleted ones left out, added ones counted).</summary>
    /// <param name="module">A generated module, or <c>field</c>, <c>owner</c>, <c>team</c>, <c>pipeline</c>, <c>stage</c>, <c>playbook</c>.</param>
    public int Count(string module) => module switch
    {
        "field" => WetrooEmulatorCatalog.CustomFields.Count,
        "owner" => WetrooEmulatorCatalog.Owners.Count,
        "team" => WetrooEmulatorCatalog.Teams.Count,
        "pipeline" => WetrooEmulatorCatalog.Pipelines.Count,
        "stage" => WetrooEmulatorCatalog.Pipelines.Sum(p => p.Stages.Count),
        "playbook" => WetrooEmulatorCatalog.Playbooks.Count,
        _ => Slots(module) - DeletedCount(module),
    };

    /// <summary>The ids a generated module holds now, ascending.</summary>
    /// <param name="module">A generated module.</param>
    public IReadOnlyList<long> Ids(string module)
    {
        var ids = new List<long>();
        for (var i = 0; i < Slots(module); i++)
        {
            if (!IsDeleted(module, i))
            {
                ids.Add(i + 1);
            }
        }

        return ids;
    }

    /// <summary>When a record was created.</summary>
    /// <param name="module">A generated module.</param>
    /// <param name="index">The record's index (id − 1).</param>
    public DateTimeOffset CreatedAt(string module, int index)
    {
        lock (_gate)
        {
            if (index >= _baseCounts[module] && _addedAt.TryGetValue($"{module}:{index}", out var added))
            {
                return added;
            }
        }

        return Options.Epoch.AddSeconds(Random.Int("created:" + module, index, 0, 300 * 24 * 3600));
    }

    /// <summary>When a record was last modified: generated, or the latest touch that hit it.</summary>
    /// <param name="module">A generated module.</param>
    /// <param name="index">The record's index.</param>
    public DateTimeOffset ModifiedAt(string module, int index)
    {
        lock (_gate)
        {
            for (var t = _touches.Count - 1; t >= 0; t--)
            {
                if (Random.Chance($"touch:{_touches[t].Number}:{module}", index, _touches[t].Share))
                {
                    return _touches[t].At;
                }
            }
        }

        var created = CreatedAt(module, index);
        return index >= _baseCounts[module] ? created : created.AddSeconds(Random.Int("modified:" + module, index, 0, 20 * 24 * 3600));
    }

    /// <summary>Marks a share of contacts, leads and deals as modified at <paramref name="at"/>; returns how many.</summary>
    /// <param name="share">The fraction to touch, 0..1.</param>
    /// <param name="at">Their new <c>updatedAt</c>.</param>
    public int Touch(double share, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(share, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        int number;
        lock (_gate)
        {
            number = _touches.Count;
            _touches.Add((number, share, at));
        }

        var touched = 0;
        foreach (var module in GeneratedModules.Keys)
        {
            for (var i = 0; i < Slots(module); i++)
            {
                touched += !IsDeleted(module, i) && Random.Chance($"touch:{number}:{module}", i, share) ? 1 : 0;
            }
        }

        return touched;
    }

    /// <summary>Deletes a record, as a user would while an export runs.</summary>
    /// <param name="module">A generated module.</param>
    /// <param name="id">The record's id.</param>
    public void Delete(string module, long id)
    {
        lock (_gate)
        {
            if (!_deleted.TryGetValue(module, out var set))
            {
                _deleted[module] = set = [];
            }

            set.Add((int)(id - 1));
        }
    }

    /// <summary>Creates <paramref name="count"/> records at the end of a module, as users do while an export runs.</summary>
    /// <param name="module">A generated module.</param>
    /// <param name="count">How many.</param>
    /// <param name="at">Their created and modified time.</param>
    /// <returns>The new ids.</returns>
    public IReadOnlyList<long> Add(string module, int count, DateTimeOffset at)
    {
        lock (_gate)
        {
            var first = Slots(module);
            _added[module] = _added.GetValueOrDefault(module) + count;
            for (var i = first; i < first + count; i++)
            {
                _addedAt[$"{module}:{i}"] = at;
            }

            return [.. Enumerable.Range(first + 1, count).Select(i => (long)i)];
        }
    }

    /// <summary>Whether a deal is on a stage its pipeline no longer has.</summary>
    /// <param name="index">The deal's index.</param>
    public bool HasStaleStage(int index) => Random.Chance("stale-stage", index, Options.StaleStageShare);

    /// <summary>Whether a deal points at a contact that does not exist.</summary>
    /// <param name="index">The deal's index.</param>
    public bool HasMissingContact(int index) => Random.Chance("missing-contact", index, Options.MissingContactShare);

    /// <summary>Whether a contact or lead has blank names.</summary>
    /// <param name="module"><c>contact</c> or <c>lead</c>.</param>
    /// <param name="index">The record's index.</param>
    public bool HasBlankName(string module, int index) => Random.Chance("blank-name:" + module, index, Options.BlankNameShare);

    /// <summary>Whether a contact repeats the email of the contact before it.</summary>
    /// <param name="index">The contact's index.</param>
    public bool HasDuplicateEmail(int index) => index > 0 && Random.Chance("duplicate-email", index, Options.DuplicateEmailShare);

    /// <summary>The indexes of one list page: ids above <paramref name="after"/>, modified after <paramref name="since"/>.</summary>
    internal List<int> Page(string module, long after, int limit, DateTimeOffset? since, out bool hasMore)
    {
        var page = new List<int>(limit);
        var slots = Slots(module);
        hasMore = false;
        for (var i = (int)Math.Min(after, slots); i < slots; i++)
        {
            if (IsDeleted(module, i) || (since is { } s && ModifiedAt(module, i) <= s))
            {
                continue;
            }

            if (page.Count == limit)
            {
                hasMore = true;
                break;
            }

            page.Add(i);
        }

        return page;
    }

    private int Slots(string module)
    {
        lock (_gate)
        {
            return _baseCounts.TryGetValue(module, out var count)
                ? count + _added.GetValueOrDefault(module)
                : throw new ArgumentException($"the emulator generates no module '{module}'", nameof(module));
        }
    }

    private bool IsDeleted(string module, int index)
    {
        lock (_gate)
        {
            return _deleted.TryGetValue(module, out var set) && set.Contains(index);
        }
    }

    private int DeletedCount(string module)
    {
        lock (_gate)
        {
            return _deleted.TryGetValue(module, out var set) ? set.Count : 0;
        }
    }
}
