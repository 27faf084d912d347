using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Emulators.CustomerIo;

/// <summary>
/// The workspace the emulator serves: people with loose traits of every JSON type, companies shared by many people,
/// projects and milestones related to companies, people and each other, and the generated event and delivery streams.
/// </summary>
public sealed class CustomerIoDataset
{
    /// <summary>The object types: companies, then two custom types that point at each other in dependency order.</summary>
    public static IReadOnlyList<(string Id, string Name, string Singular)> ObjectTypes { get; } =
        [("1", "Companies", "Company"), ("2", "Projects", "Project"), ("3", "Milestones", "Milestone")];

    /// <summary>Event names; each has its own property mix.</summary>
    public static IReadOnlyList<string> EventNames { get; } = ["page_viewed", "added_to_cart", "purchased", "signed_in", "exported_report"];

    /// <summary>Every delivery status the metrics can end in, served in turn.</summary>
    public static IReadOnlyList<string> Statuses { get; } =
        ["sent", "delivered", "opened", "clicked", "converted", "bounced", "spammed", "dropped", "failed", "undeliverable", "suppressed", "unsubscribed"];

    /// <summary>Industries: more than ten distinct values, so the trait becomes a choice.</summary>
    public static IReadOnlyList<string> Industries { get; } =
        ["Retail", "Banking", "Healthcare", "Education", "Logistics", "Media", "Energy", "Travel", "Insurance", "Gaming", "Telecom", "Agriculture"];

    private static readonly string[] Plans = ["free", "starter", "pro", "enterprise"];
    private static readonly string[] Cities = [("Berlin"), "Lyon", "Austin", "Osaka", "Porto", "Leeds"];
    private static readonly string[] Countries = ["DE", "FR", "US", "JP", "PT", "GB"];
    private static readonly string[] Interests = ["news", "deals", "product", "events", "webinars"];

    private readonly Seeded _seeded;

    internal CustomerIoDataset(CustomerIoEmulatorOptions options)
    {
        Options = options;
        _seeded = new Seeded(options.Seed);
        People = [.. Enumerable.Range(0, options.People).Select(Person)];
        Segments = SegmentCatalog.Build(this);
    }

    /// <summary>The options the data was generated from.</summary>
    public CustomerIoEmulatorOptions Options { get; }

    /// <summary>Every person, in search order.</summary>
    public IReadOnlyList<EmulatedPerson> People { get; }

    /// <summary>The segments with their conditions and members.</summary>
    public IReadOnlyList<EmulatedSegment> Segments { get; }

    /// <summary>The company object id a person is related to; anonymous people have none.</summary>
    public string? CompanyOf(EmulatedPerson person) => person.Anonymous ? null : CompanyId(person.Index % Options.Companies);

    /// <summary>A company's object id.</summary>
    public static string CompanyId(int index) => "co-" + (index + 1).ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The objects of a type, in list order.</summary>
    public IReadOnlyList<string> ObjectIds(string typeId) => typeId switch
    {
        "1" => [.. Enumerable.Range(0, Options.Companies).Select(CompanyId)],
        "2" => [.. Enumerable.Range(0, Options.Projects).Select(i => "pr-" + (i + 1).ToString("D3", CultureInfo.InvariantCulture))],
        "3" => [.. Enumerable.Range(0, Options.Milestones).Select(i => "ms-" + (i + 1).ToString("D4", CultureInfo.InvariantCulture))],
        _ => [],
    };

    /// <summary>Writes an object's attributes; false when the type or id is unknown.</summary>
    public bool WriteObjectAttributes(Utf8JsonWriter w, string typeId, string objectId)
    {
        var index = ObjectIds(typeId).ToList().IndexOf(objectId);
        if (index < 0)
        {
            return false;
        }

        w.WriteStartObject("attributes");
        switch (typeId)
        {
            case "1":
                w.WriteString("name", $"Company {index + 1} {Cities[index % Cities.Length]}");
                w.WriteString("domain", $"company{index + 1}.example.com");
                w.WriteString("city", Cities[index % Cities.Length]);
                w.WriteString("country", Countries[index % Countries.Length]);
                w.WriteNumber("employees", 10 + _seeded.Pick(21, index, 5000));
                break;
            case "2":
                w.WriteString("name", $"Project {index + 1}");
                w.WriteString("company_id", CompanyId(index % Options.Companies));
                w.WriteNumber("budget", Math.Round(1000 + _seeded.Unit(22, index) * 90000, 2));
                w.WriteString("status", index % 3 == 0 ? "active" : index % 3 == 1 ? "paused" : "done");
                w.WriteNumber("started_at", (Options.DataStart + TimeSpan.FromDays(index)).ToUnixTimeSeconds());
                break;
            default:
                w.WriteString("name", $"Milestone {index + 1}");
                w.WriteString("project_id", ObjectIds("2")[index % Options.Projects]);
                w.WriteNumber("due_at", (Options.DataStart + TimeSpan.FromDays(30 + index)).ToUnixTimeSeconds());
                w.WriteBoolean("done", index % 2 == 0);
                break;
        }

        w.WriteEndObject();
        return true;
    }

    /// <summary>The people related to an object: a company's identified people, a project's owner, none for milestones.</summary>
    public IReadOnlyList<EmulatedPerson> RelatedPeople(string typeId, string objectId) => typeId switch
    {
        "1" => [.. People.Where(p => CompanyOf(p) == objectId)],
        "2" when ObjectIds("2").ToList().IndexOf(objectId) is var i and >= 0 => [.. People.Where(p => !p.Anonymous).Skip(i % Math.Max(1, People.Count(p => !p.Anonymous))).Take(1)],
        _ => [],
    };

    private EmulatedPerson Person(int index)
    {
        var roll = _seeded.Unit(1, index);
        var kind = roll < Options.AnonymousShare ? PersonKind.Anonymous
            : roll < Options.AnonymousShare + Options.InvalidEmailShare ? PersonKind.InvalidEmail
            : roll < Options.AnonymousShare + Options.InvalidEmailShare + Options.FewTraitsShare ? PersonKind.FewTraits
            : PersonKind.Full;
        var cio = "c" + (index + 1).ToString("D7", CultureInfo.InvariantCulture);
        var first = Name(index, true);
        var last = Name(index, false);
        var company = index % Options.Companies + 1;
        var email = kind switch
        {
            PersonKind.Anonymous => null,
            PersonKind.InvalidEmail => $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()} at company{company}",
            _ => $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{index}@company{company}.example.com",
        };
        var created = Options.DataStart + TimeSpan.FromHours(index);
        var attributes = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["cio_id"] = cio,
            ["created_at"] = created.ToUnixTimeSeconds(),
        };
        if (kind == PersonKind.Anonymous)
        {
            attributes["anonymous_id"] = "anon-" + _seeded.Bits(2, index).ToString("x12", CultureInfo.InvariantCulture)[..12];
            attributes["last_page"] = "/pricing";
        }
        else
        {
            attributes["id"] = "user-" + (index + 1).ToString(CultureInfo.InvariantCulture);
            attributes["email"] = email;
            attributes["first_name"] = first;
        }

        if (kind is PersonKind.Full or PersonKind.InvalidEmail)
        {
            attributes["last_name"] = last;
            attributes["plan"] = Plans[_seeded.Pick(3, index, Plans.Length)];
            attributes["vip"] = _seeded.Unit(4, index) < 0.2;
            attributes["score"] = _seeded.Pick(5, index, 100);
            attributes["lifetime_value"] = Math.Round(_seeded.Unit(6, index) * 5000, 2);
            // Dates both ways Customer.io stores them: an ISO string and Unix seconds (source-apis.md §3.8).
            attributes["signed_up_at"] = created.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            attributes["last_login"] = (created + TimeSpan.FromDays(10 + _seeded.Pick(7, index, 60))).ToUnixTimeSeconds();
            attributes["interests"] = Interests.Where((_, i) => ((_seeded.Bits(8, index) >> i) & 1) == 1).ToArray();
            attributes["address"] = new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["city"] = Cities[index % Cities.Length],
                ["country"] = Countries[index % Countries.Length],
            };
            attributes["industry"] = Industries[_seeded.Pick(9, index, Industries.Count)];
            // Mostly empty: discovery flags it (over 80 % null) for the customer's decision.
            attributes["nickname"] = _seeded.Unit(10, index) < 0.1 ? first[..Math.Min(3, first.Length)] : null;
        }

        return new EmulatedPerson(index, cio, kind == PersonKind.Anonymous ? null : (string?)attributes["id"], email, kind == PersonKind.Anonymous, attributes, created);
    }

    private static string Name(int index, bool first)
    {
        string[] firsts = ["Ada", "Bo", "Chen", "Dara", "Eli", "Femi", "Gus", "Hana", "Ines", "Joao", "Kai", "Lea"];
        string[] lasts = ["Moreau", "Okafor", "Sato", "Silva", "Novak", "Berg", "Quinn", "Rossi", "Haas", "Ivanova"];
        return first ? firsts[index % firsts.Length] : lasts[index / firsts.Length % lasts.Length];
    }

    internal Seeded Random => _seeded;

    private enum PersonKind
    {
        Full,
        FewTraits,
        InvalidEmail,
        Anonymous,
    }
}

/// <summary>One generated person.</summary>
/// <param name="Index">Position in search order.</param>
/// <param name="CioId">The immutable <c>cio_id</c>.</param>
/// <param name="Id">The workspace's <c>id</c>, null for anonymous people.</param>
/// <param name="Email">The email, null for anonymous people (possibly not a valid address).</param>
/// <param name="Anonymous">Identified by <c>anonymous_id</c> only.</param>
/// <param name="Attributes">Every attribute, typed as JSON serializes it.</param>
/// <param name="CreatedAt">When the person was created.</param>
public sealed record EmulatedPerson(int Index, string CioId, string? Id, string? Email, bool Anonymous, IReadOnlyDictionary<string, object?> Attributes, DateTimeOffset CreatedAt);
