using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Emulators.Iterable;

/// <summary>
/// The emulator's data, computed from an index and the seed rather than stored: profile <c>p</c> and event <c>i</c>
/// are the same every time they are asked for, and an export window maps to an index range by arithmetic, so a
/// million events cost nothing until streamed. Only touched profiles (for delta runs) are remembered.
/// </summary>
public sealed class IterableDataset
{
    /// <summary>Lifecycle stages the profiles carry (the scope's split values).</summary>
    public static IReadOnlyList<string> Stages { get; } = ["subscriber", "lead", "MQL", "SQL", "customer", "evangelist"];

    /// <summary>Custom event names.</summary>
    public static IReadOnlyList<string> EventNames { get; } = ["signup", "viewedPricing", "webinarAttended", "trialStarted", "featureUsed"];

    private static readonly string[] FirstNames = ["Ava", "Ben", "Chloe", "Dev", "Emma", "Felix", "Grace", "Hugo", "Iris", "Jon", "Kira", "Liam"];
    private static readonly string[] LastNames = ["Patel", "Smith", "Garcia", "Nguyen", "Müller", "Okafor", "Rossi", "Kim", "Dubois", "Silva"];
    private static readonly string[] Domains = ["northwind.example", "contoso.example", "fabrikam.example", "tailspin.example", "gmail.com", "outlook.com", "adatum.example"];
    private static readonly string[] Plans = ["free", "starter", "pro", "enterprise"];
    private static readonly string[] Cities = ["Seattle", "Berlin", "Lagos", "Lyon", "São Paulo", "Pune"];

    private readonly IterableEmulatorOptions _options;
    private readonly Dictionary<int, DateTimeOffset> _touched = [];
    private readonly Lock _gate = new();

    internal IterableDataset(IterableEmulatorOptions options) => _options = options;

    /// <summary>The lists: three organisation lists (<c>Company: …</c>), then marketing lists.</summary>
    public static IReadOnlyList<(long Id, string Name, string Type, string Description)> Lists { get; } =
    [
        (1001, "Company: Northwind Traders", "Standard", "Northwind Traders buying group"),
        (1002, "Company: Contoso Ltd", "Standard", "Contoso contacts"),
        (1003, "Company: Fabrikam Inc", "Standard", "Fabrikam contacts"),
        (1004, "Newsletter", "Standard", "Monthly newsletter audience"),
        (1005, "Webinar attendees", "Dynamic", "Everyone who attended a webinar"),
        (1006, "Global suppression", "Suppression", "Never send"),
    ];

    /// <summary>The channels, one per message medium.</summary>
    public static IReadOnlyList<(long Id, string Name, string Type, string Medium)> Channels { get; } =
    [
        (11, "Marketing email", "Marketing", "Email"),
        (12, "Marketing SMS", "Marketing", "SMS"),
        (13, "Push", "Marketing", "Push"),
        (14, "In-app", "Marketing", "InApp"),
        (15, "Transactional email", "Transactional", "Email"),
    ];

    /// <summary>How many profiles exist.</summary>
    public int ProfileCount => _options.Profiles;

    /// <summary>Marks a share of profiles updated at <paramref name="at"/>; returns how many.</summary>
    /// <param name="share">0..1.</param>
    /// <param name="at">The new profileUpdatedAt.</param>
    public int Touch(double share, DateTimeOffset at)
    {
        var count = (int)Math.Round(ProfileCount * Math.Clamp(share, 0, 1));
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _touched[(int)(Hash(i, 77) % (ulong)ProfileCount)] = at;
            }

            return _touched.Count(t => t.Value == at);
        }
    }

    /// <summary>Whether profile <paramref name="p"/> has no email.</summary>
    public bool IsAnonymous(int p) => p > 0 && Unit(p, 1) < _options.AnonymousShare;

    /// <summary>The profile whose email profile <paramref name="p"/> repeats, or -1.</summary>
    public int DuplicateOf(int p) => p > 0 && !IsAnonymous(p) && Unit(p, 2) < _options.DuplicateShare ? (int)(Hash(p, 3) % (ulong)p) is var q && !IsAnonymous(q) && DuplicateOf(q) < 0 ? q : -1 : -1;

    /// <summary>Profile <paramref name="p"/>'s email, or null for an anonymous profile.</summary>
    public string? Email(int p)
    {
        if (IsAnonymous(p))
        {
            return null;
        }

        if (DuplicateOf(p) is var q and >= 0)
        {
            // The same address, differently cased: the dedupe key must fold case.
            return p % 2 == 0 ? Email(q)!.ToUpperInvariant() : Email(q);
        }

        return $"{First(p).ToLowerInvariant()}.{Last(p).ToLowerInvariant().Replace("ü", "ue", StringComparison.Ordinal)}{p}@{Domain(p)}";
    }

    /// <summary>Profile <paramref name="p"/>'s userId.</summary>
    public static string UserId(int p) => $"u{p:D6}";

    /// <summary>When profile <paramref name="p"/> was last updated.</summary>
    public DateTimeOffset UpdatedAt(int p)
    {
        lock (_gate)
        {
            if (_touched.TryGetValue(p, out var at))
            {
                return at;
            }
        }

        return _options.DataStart + Spread(p);
    }

    // Profile p's place in the data span: span × p / count as TimeSpan's own operators round it, but with the product
    // in 128 bits, because TimeSpan × int overflows past about 29 000 profiles (a year is 3.2e14 ticks).
    private TimeSpan Spread(int p) => TimeSpan.FromTicks((long)Math.Round((double)((Int128)_options.DataSpan.Ticks * p) / ProfileCount));

    /// <summary>Profiles updated in <c>[start, end)</c>.</summary>
    public IEnumerable<int> ProfilesUpdatedIn(DateTimeOffset start, DateTimeOffset end)
    {
        for (var p = 0; p < ProfileCount; p++)
        {
            var at = UpdatedAt(p);
            if (at >= start && at < end)
            {
                yield return p;
            }
        }
    }

    /// <summary>The lists profile <paramref name="p"/> is in.</summary>
    public IEnumerable<long> ListsOf(int p)
    {
        var domain = Domain(p);
        // Organisation lists follow the email domain for most members; some corporate profiles are in none.
        if (domain == "northwind.example" && Unit(p, 20) < 0.8) yield return 1001;
        if (domain == "contoso.example" && Unit(p, 20) < 0.8) yield return 1002;
        if (domain == "fabrikam.example" && Unit(p, 20) < 0.8) yield return 1003;
        if (Unit(p, 21) < 0.5) yield return 1004;
        if (Unit(p, 22) < 0.2) yield return 1005;
        if (Unit(p, 23) < 0.03) yield return 1006;
    }

    /// <summary>Writes profile <paramref name="p"/> as its export row: flat custom fields, a nested object, dotted keys, mixed date formats.</summary>
    public void WriteProfile(Utf8JsonWriter w, int p)
    {
        var email = Email(p);
        w.WriteStartObject();
        if (email is not null)
        {
            w.WriteString("email", email);
        }

        w.WriteString("userId", UserId(p));
        w.WriteString("firstName", First(p));
        w.WriteString("lastName", Last(p));
        if (Unit(p, 4) < 0.7)
        {
            w.WriteString("phoneNumber", $"+1206555{p % 10000:D4}");
        }

        w.WriteString("signupDate", (_options.DataStart.AddDays(-30) + Spread(p)).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
        w.WriteString("profileUpdatedAt", UpdatedAt(p).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
        w.WriteString("lifecycleStage", Stages[(int)(Hash(p, 5) % (ulong)Stages.Count)]);
        w.WriteString("plan", Plans[(int)(Hash(p, 6) % (ulong)Plans.Length)]);
        if (Unit(p, 7) < 0.5)
        {
            w.WriteString("birthday", new DateOnly(1970, 1, 1).AddDays((int)(Hash(p, 8) % 12000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        w.WriteBoolean("isBeta", Unit(p, 9) < 0.3);
        w.WriteNumber("loyaltyPoints", (long)(Hash(p, 10) % 5000));
        w.WriteStartArray("emailListIds");
        foreach (var list in ListsOf(p))
        {
            w.WriteNumberValue(list);
        }

        w.WriteEndArray();
        w.WriteStartArray("unsubscribedChannelIds");
        foreach (var channel in Channels.Where(c => Unit(p, 30 + (int)c.Id) < 0.1))
        {
            w.WriteNumberValue(channel.Id);
        }

        w.WriteEndArray();
        w.WriteStartArray("unsubscribedMessageTypeIds");
        w.WriteEndArray();
        w.WriteStartObject("address");
        w.WriteString("city", Cities[(int)(Hash(p, 11) % (ulong)Cities.Length)]);
        w.WriteString("country", Unit(p, 12) < 0.5 ? "US" : "DE");
        w.WriteEndObject();
        if (email is not null)
        {
            w.WriteString("itblInternal.emailDomain", email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..].ToLowerInvariant());
        }

        w.WriteEndObject();
    }

    /// <summary>Index range <c>[first, last)</c> of the <paramref name="count"/> events of a stream that fall in <c>[start, end)</c>.</summary>
    public (long First, long Last) EventRange(long count, DateTimeOffset start, DateTimeOffset end)
    {
        long Index(DateTimeOffset at)
        {
            var offset = (at - _options.DataStart).Ticks;
            if (offset <= 0)
            {
                return 0;
            }

            var span = _options.DataSpan.Ticks;
            var index = (long)Math.Ceiling((double)offset * count / span);
            return Math.Min(count, index);
        }

        return (Index(start), Math.Max(Index(start), Index(end)));
    }

    /// <summary>When event <paramref name="i"/> of a stream of <paramref name="count"/> happened.</summary>
    public DateTimeOffset EventTime(long i, long count) =>
        _options.DataStart + TimeSpan.FromTicks((long)((double)_options.DataSpan.Ticks * i / count));

    /// <summary>The profile event <paramref name="i"/> belongs to.</summary>
    public int PersonOf(long i, int salt) => (int)(Hash(i, salt) % (ulong)ProfileCount);

    internal static string First(int p) => FirstNames[(int)(Hash(p, 13) % (ulong)FirstNames.Length)];

    internal static string Last(int p) => LastNames[(int)(Hash(p, 14) % (ulong)LastNames.Length)];

    internal static string Domain(int p) => Domains[(int)(Hash(p, 15) % (ulong)Domains.Length)];

    internal static ulong Hash(long value, int salt)
    {
        var z = (ulong)value * 0x9E3779B97F4A7C15UL + (ulong)salt * 0xBF58476D1CE4E5B9UL + 0x94D049BB133111EBUL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    internal double Unit(long value, int salt) => (Hash(value, salt + (_options.Seed * 1000)) >> 11) * (1.0 / (1UL << 53));
}
