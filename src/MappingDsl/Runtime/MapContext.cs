using System.Runtime.CompilerServices;

namespace MappingDsl;

/// <summary>
/// Passed to every pair: the way a map names owners, other pairs' records and review flags. The calls only build
/// small values; the engine resolves them when the record is written.
/// </summary>
public sealed class MapContext
{
    // Texts of numeric keys made last, by key modulo the length (Key).
    private static readonly string?[] KeyTexts = new string?[1024];

    private readonly List<string> _flags = [];

    /// <summary>Creates a context for one run.</summary>
    /// <param name="resolver">Resolves source keys and owner emails to Dataverse ids.</param>
    public MapContext(ILookupResolver resolver) => Resolver = resolver;

    /// <summary>Resolves source keys and owner emails to Dataverse ids.</summary>
    public ILookupResolver Resolver { get; }

    /// <summary>Review flags raised while mapping the current record.</summary>
    public IReadOnlyList<string> Flags => _flags;

    /// <summary>The owner whose email the source record names.</summary>
    /// <param name="email">The source owner's email.</param>
    public OwnerRef Owner(string? email) => new(email);

    /// <summary>
    /// A lookup to the record another pair made from <paramref name="sourceKey"/>. The referenced pair's phase loads
    /// first; the generator derives the load order from these calls.
    /// </summary>
    /// <param name="pair">
    /// The referenced pair's method, as a method group (<c>m.Ref(Company, s.CompanyId)</c>), so rename and
    /// go-to-definition work; the generator checks it is a pair of the same pack (MDSL008).
    /// </param>
    /// <param name="sourceKey">The referenced record's source key; null writes no lookup.</param>
    /// <param name="pairName">Filled in by the compiler.</param>
    public LookupRef Ref(
        Delegate pair,
        string? sourceKey,
        [CallerArgumentExpression(nameof(pair))] string pairName = "")
    {
        _ = pair;
        return new(PairName(pairName), sourceKey);
    }

    /// <summary>
    /// Like <see cref="Ref(Delegate, string?, string)"/>, but written by a second-pass update after the phase: for
    /// self-references (parent account) and cycles.
    /// </summary>
    /// <param name="pair">The referenced pair's method.</param>
    /// <param name="sourceKey">The referenced record's source key; null writes no lookup.</param>
    /// <param name="pairName">Filled in by the compiler.</param>
    public LookupRef RefLater(
        Delegate pair,
        string? sourceKey,
        [CallerArgumentExpression(nameof(pair))] string pairName = "")
    {
        _ = pair;
        return new(PairName(pairName), sourceKey, Deferred: true);
    }

    /// <summary>An activity party that is a record another pair made.</summary>
    /// <param name="pair">The referenced pair's method.</param>
    /// <param name="sourceKey">The party record's source key.</param>
    /// <param name="email">The address used, kept when the record does not resolve.</param>
    /// <param name="pairName">Filled in by the compiler.</param>
    public PartyRef Party(
        Delegate pair,
        string? sourceKey,
        string? email = null,
        [CallerArgumentExpression(nameof(pair))] string pairName = "")
    {
        _ = pair;
        return new(PairName(pairName), sourceKey, email);
    }

    /// <summary>A lookup to the record another pair made from a numeric source key.</summary>
    /// <param name="pair">The referenced pair's method, as a method group.</param>
    /// <param name="sourceKey">The referenced record's source key; null writes no lookup.</param>
    /// <param name="pairName">Filled in by the compiler.</param>
    public LookupRef Ref(
        Delegate pair,
        long? sourceKey,
        [CallerArgumentExpression(nameof(pair))] string pairName = "") =>
        Ref(pair, Key(sourceKey), pairName);

    /// <summary>A second-pass lookup to the record another pair made from a numeric source key.</summary>
    /// <param name="pair">The referenced pair's method, as a method group.</param>
    /// <param name="sourceKey">The referenced record's source key; null writes no lookup.</param>
    /// <param name="pairName">Filled in by the compiler.</param>
    public LookupRef RefLater(
        Delegate pair,
        long? sourceKey,
        [CallerArgumentExpression(nameof(pair))] string pairName = "") =>
        RefLater(pair, Key(sourceKey), pairName);

    /// <summary>An activity party that is a record another pair made from a numeric source key.</summary>
    /// <param name="pair">The referenced pair's method, as a method group.</param>
    /// <param name="sourceKey">The party record's source key.</param>
    /// <param name="email">The address used, kept when the record does not resolve.</param>
    /// <param name="pairName">Filled in by the compiler.</param>
    public PartyRef Party(
        Delegate pair,
        long? sourceKey,
        string? email = null,
        [CallerArgumentExpression(nameof(pair))] string pairName = "") =>
        Party(pair, Key(sourceKey), email, pairName);

    /// <summary>
    /// An activity party found by email address: the record <paramref name="pair"/> made whose primary email
    /// (<c>emailaddress1</c>) is <paramref name="email"/> (a lead or contact of a split pair alike), else the
    /// Dataverse user with that email (the owner reconciliation, never the fallback owner), else the bare address,
    /// which flags the record so the report counts it.
    /// </summary>
    /// <param name="pair">The pair whose records are searched, as a method group; it loads first.</param>
    /// <param name="email">The address.</param>
    /// <param name="pairName">Filled in by the compiler.</param>
    public PartyRef PartyByEmail(
        Delegate pair,
        string? email,
        [CallerArgumentExpression(nameof(pair))] string pairName = "")
    {
        _ = pair;
        return new(PairName(pairName), null, email, ByEmail: true);
    }

    /// <summary>An activity party that is a Dataverse user, by email.</summary>
    /// <param name="email">The user's email.</param>
    public PartyRef User(string? email) => new(null, null, email, IsUser: true);

    /// <summary>Flags the current record for review; it loads, and the flag appears in the run's report.</summary>
    /// <param name="reason">What a person should look at.</param>
    public void Flag(string reason) => _flags.Add(reason);

    /// <summary>Clears per-record state; called by generated transforms before each record.</summary>
    public void BeginRecord() => _flags.Clear();

    /// <summary>
    /// The culture <see cref="Cell"/> formats in: the pack's <see cref="MapPackAttribute.InventoryCulture"/>, which the
    /// generated transform of each inventory pair sets before the pair runs; invariant until then.
    /// </summary>
    public System.Globalization.CultureInfo CellCulture { get; set; } = System.Globalization.CultureInfo.InvariantCulture;

    /// <summary>An inventory cell's text for a number or date, in the pack's inventory culture.</summary>
    /// <param name="value">The value; null gives an empty cell.</param>
    /// <param name="format">A .NET format string (<c>N2</c>, <c>d</c>, <c>yyyy-MM-dd</c> …); null for the general form.</param>
    public string? Cell(IFormattable? value, string? format = null) => value?.ToString(format, CellCulture);

    /// <summary>The text form of a numeric source key, as generated transforms write it (invariant culture).</summary>
    /// <param name="sourceKey">The key.</param>
    public static string? Key(long? sourceKey)
    {
        if (sourceKey is not { } key)
            return null;
        // Referenced keys repeat (a company's contacts, a deal's activities): a small direct-mapped cache of the texts
        // made last spares a string per reference. Slots hold immutable strings, so threads may share it without locks.
        Span<char> text = stackalloc char[20];
        key.TryFormat(text, out var length, default, System.Globalization.CultureInfo.InvariantCulture);
        text = text[..length];
        ref var slot = ref KeyTexts[(int)((ulong)key % (ulong)KeyTexts.Length)];
        var kept = slot;
        if (kept is not null && text.SequenceEqual(kept))
            return kept;
        var made = text.ToString();
        slot = made;
        return made;
    }

    // `Pack.Company` and `Company` both name the pair `Company`.
    private static string PairName(string expression)
    {
        var dot = expression.LastIndexOf('.');
        return dot < 0 ? expression : expression[(dot + 1)..];
    }
}
