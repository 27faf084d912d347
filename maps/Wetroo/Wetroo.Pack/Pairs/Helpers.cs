using System.Globalization;

namespace MappingDsl.Maps.Wetroo;

public static partial class WetrooPack
{
    /// <summary>Null for an empty or blank text: Wetroo sends blanks where a name was never entered.</summary>
    /// <param name="value">The text.</param>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// The last name, or a stand-in (email, then phone) when Wetroo has none, since Dynamics 365 requires one; the record
    /// is flagged with what stood in.
    /// </summary>
    /// <param name="m">The record's context, flagged when a stand-in is used.</param>
    /// <param name="lastName">The last name.</param>
    /// <param name="email">The first stand-in.</param>
    /// <param name="phone">The second stand-in.</param>
    public static string NameOrStandIn(MapContext m, string? lastName, string? email, string? phone)
    {
        if (Blank(lastName) is { } name)
            return name;
        var standIn = Blank(email) ?? Blank(phone) ?? "(no name)";
        m.Flag($"blank name in Wetroo: last name set to '{standIn}'");
        return standIn;
    }

    /// <summary>Whether the record a pair made from <paramref name="id"/> is in the target (migrated now or earlier).</summary>
    /// <param name="m">The record's context.</param>
    /// <param name="pair">The pair's name.</param>
    /// <param name="id">The Wetroo id.</param>
    public static bool IsMigrated(MapContext m, string pair, long? id) =>
        id is { } value && m.Resolver.TryResolve(pair, value.ToString(CultureInfo.InvariantCulture), out _);

    /// <summary>The deal's Wetroo contact id as text; a contact that was never migrated flags the deal.</summary>
    /// <param name="m">The record's context.</param>
    /// <param name="id">The Wetroo contact id.</param>
    public static string? ContactKey(MapContext m, long? id)
    {
        if (id is not { } value)
            return null;
        if (!IsMigrated(m, nameof(Contacts), value))
            m.Flag($"contact {value} does not exist in Wetroo (or was not migrated): the opportunity has no customer");
        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Null for a missing or empty list, so a contact shared with no team has no team text rather than an empty one.</summary>
    /// <param name="values">The list.</param>
    public static IReadOnlyList<string>? NoneIfEmpty(IReadOnlyList<string>? values) => values is { Count: > 0 } ? values : null;
}
