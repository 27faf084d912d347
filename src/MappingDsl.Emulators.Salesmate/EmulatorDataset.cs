using MappingDsl.Emulators.Salesmate.Data;

namespace MappingDsl.Emulators.Salesmate;

/// <summary>
/// The emulator's data, generated on demand from (seed, module, index): record <c>i</c> of a module has id
/// <c>i + 1</c>. Only touches (delta operations) are stored. Tests use the public members to work out what the
/// extractor should see without hard-coding it.
/// </summary>
public sealed class EmulatorDataset
{
    /// <summary>The activity types, in the order activity indexes cycle through them.</summary>
    public static IReadOnlyList<string> ActivityTypes { get; } = ["Task", "Call", "Meeting"];

    /// <summary>The modules served by <c>POST /apis/{module}/v4/search</c>.</summary>
    public static IReadOnlyList<string> SearchModules { get; } =
        ["company", "contact", "deal", "activity", "email", "note", "teamInboxThread", "teamInboxMessage", "smartFlowMembership"];

    /// <summary>Messages per Team Inbox thread.</summary>
    public const int MessagesPerThread = 3;

    private readonly List<TouchOperation> _touches = [];
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _counts;

    internal EmulatorDataset(SalesmateEmulatorOptions options)
    {
        Options = options;
        Random = new Hashing(options.Seed);
        var n = options.Records;
        var threads = Math.Max(1, n / 10);
        _counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["company"] = Math.Max(1, n / 4),
            ["contact"] = n,
            ["deal"] = Math.Max(1, n / 2),
            ["activity"] = n,
            ["email"] = Math.Max(1, n / 2),
            ["note"] = Math.Max(1, n / 2),
            ["teamInboxThread"] = threads,
            ["teamInboxMessage"] = threads * MessagesPerThread,
            ["smartFlowMembership"] = Math.Max(1, n / 5),
        };
    }

    /// <summary>The options the data was generated with.</summary>
    public SalesmateEmulatorOptions Options { get; }

    /// <summary>Every custom field: the catalog's, then the options' extra ones.</summary>
    public IReadOnlyList<EmulatorCustomField> CustomFields => field ??= [.. SalesmateEmulatorCatalog.CustomFields, .. Options.ExtraCustomFields];

    /// <summary>Bumped by every touch; lets cached query results know they are stale.</summary>
    public int Version { get; private set; }

    internal Hashing Random { get; }

    /// <summary>
    /// Where the emulator listens; embedded images in notes link to downloads under it. Set once the server has its
    /// port.
    /// </summary>
    public Uri FileBaseUri { get; internal set; } = new("http://127.0.0.1/");

    /// <summary>How many images note index <paramref name="noteIndex"/> embeds (0, 1 or 2).</summary>
    /// <param name="noteIndex">The note's index (its id minus one).</param>
    public int NoteFileCount(int noteIndex) => NoteFiles.Count(Random, noteIndex);

    /// <summary>Image <paramref name="n"/> (1-based) of a note: name, MIME type and bytes, deterministic by seed.</summary>
    /// <param name="noteIndex">The note's index (its id minus one).</param>
    /// <param name="n">The image's position in the note, from 1.</param>
    public EmulatorFile NoteFile(int noteIndex, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, NoteFileCount(noteIndex));
        return NoteFiles.File(Random, noteIndex, n);
    }

    /// <summary>
    /// How many records a module has. Accepts the API modules of <see cref="SearchModules"/>, the extractor's
    /// activity modules (<c>task</c>, <c>call</c>, <c>meeting</c>), its files module (<c>noteFile</c>), <c>user</c>, <c>tag</c>, <c>pipeline</c> and
    /// <c>field</c> (the custom field definitions).
    /// </summary>
    /// <param name="module">The module.</param>
    public int Count(string module)
    {
        var type = ActivityTypeIndex(module);
        if (type >= 0)
        {
            var activities = _counts["activity"];
            return (activities - type + ActivityTypes.Count - 1) / ActivityTypes.Count;
        }

        return module switch
        {
            "user" => SalesmateEmulatorCatalog.Users.Count,
            "tag" => SalesmateEmulatorCatalog.Tags.Count,
            "pipeline" => SalesmateEmulatorCatalog.Pipelines.Count,
            "field" => CustomFields.Count,
            // The extractor's files module: the images of every note it can read (a malformed note has none).
            "noteFile" => Enumerable.Range(0, _counts["note"]).Where(i => !IsMalformed("note", i)).Sum(NoteFileCount),
            _ => _counts.TryGetValue(module, out var count) ? count : throw new ArgumentException($"the emulator has no module '{module}'", nameof(module)),
        };
    }

    /// <summary>The activity type of activity index <paramref name="index"/>.</summary>
    /// <param name="index">The activity's index.</param>
    public static string ActivityTypeOf(int index) => ActivityTypes[index % ActivityTypes.Count];

    /// <summary>When a record was created.</summary>
    /// <param name="module">The API module.</param>
    /// <param name="index">The record's index.</param>
    public DateTimeOffset CreatedAt(string module, int index) =>
        Options.Epoch.AddSeconds(Random.Int("created:" + module, index, 0, 365 * 24 * 3600));

    /// <summary>When a record was last modified: its generated time, or the latest touch that hit it.</summary>
    /// <param name="module">The API module.</param>
    /// <param name="index">The record's index.</param>
    public DateTimeOffset ModifiedAt(string module, int index)
    {
        lock (_gate)
        {
            for (var i = _touches.Count - 1; i >= 0; i--)
            {
                if (_touches[i].Hits(Random, module, index))
                {
                    return _touches[i].At;
                }
            }
        }

        return CreatedAt(module, index).AddSeconds(Random.Int("modified:" + module, index, 0, 30 * 24 * 3600));
    }

    /// <summary>Whether a record is served malformed (even index: broken JSON; odd index: a string id).</summary>
    /// <param name="module">The API module.</param>
    /// <param name="index">The record's index.</param>
    public bool IsMalformed(string module, int index) => Random.Chance("malformed:" + module, index, Options.MalformedShare);

    /// <summary>Whether a record is served with <c>owner: null</c>.</summary>
    /// <param name="module">The API module.</param>
    /// <param name="index">The record's index.</param>
    public bool HasMissingOwner(string module, int index) => Random.Chance("no-owner:" + module, index, Options.MissingOwnerShare);

    /// <summary>Whether a deal is served with a stage its pipeline does not have.</summary>
    /// <param name="index">The deal's index.</param>
    public bool HasUnknownStage(int index) => Random.Chance("unknown-stage", index, Options.UnknownStageShare);

    /// <summary>
    /// Marks a share of records as modified at <paramref name="at"/> — the "touch N%" operation for delta tests.
    /// </summary>
    /// <param name="module">An API module from <see cref="SearchModules"/>, or <see langword="null"/> for all of them.</param>
    /// <param name="share">The fraction of records to touch.</param>
    /// <param name="at">The new <c>lastModifiedAt</c>.</param>
    /// <returns>How many records were touched.</returns>
    public int Touch(string? module, double share, DateTimeOffset at)
    {
        if (share is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "share must be within 0..1");
        }

        if (module is not null && !_counts.ContainsKey(module))
        {
            throw new ArgumentException($"the emulator has no search module '{module}'", nameof(module));
        }

        TouchOperation touch;
        lock (_gate)
        {
            touch = new TouchOperation(_touches.Count, module, share, at);
            _touches.Add(touch);
            Version++;
        }

        var touched = 0;
        foreach (var (name, count) in _counts)
        {
            for (var i = 0; i < count; i++)
            {
                touched += touch.Hits(Random, name, i) ? 1 : 0;
            }
        }

        return touched;
    }

    /// <summary>Whether <paramref name="index"/> of <paramref name="module"/> was hit by any touch.</summary>
    /// <param name="module">The API module.</param>
    /// <param name="index">The record's index.</param>
    public bool WasTouched(string module, int index)
    {
        lock (_gate)
        {
            return _touches.Exists(t => t.Hits(Random, module, index));
        }
    }

    internal static int ActivityTypeIndex(string module) => module switch
    {
        "task" => 0,
        "call" => 1,
        "meeting" => 2,
        _ => -1,
    };

    private sealed record TouchOperation(int Number, string? Module, double Share, DateTimeOffset At)
    {
        public bool Hits(Hashing random, string module, int index) =>
            (Module is null || Module == module) && random.Chance($"touch:{Number}:{module}", index, Share);
    }
}
