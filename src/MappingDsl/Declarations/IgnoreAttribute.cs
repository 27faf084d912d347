namespace MappingDsl;

/// <summary>
/// Declares that a source member is deliberately not migrated by a pair, so MDSL002 does not report it.
/// Use <c>nameof</c> so rename keeps the declaration honest.
/// </summary>
/// <example><c>[Ignore(nameof(SmContact.AvatarUrl), Reason = "Avatars are not migrated")]</c></example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class IgnoreAttribute : Attribute
{
    /// <summary>Creates the declaration.</summary>
    /// <param name="member">The source member's name.</param>
    public IgnoreAttribute(string member) => Member = member;

    /// <summary>The source member's name.</summary>
    public string Member { get; }

    /// <summary>Why the member is not migrated; printed in the customer docs.</summary>
    public string Reason { get; set; } = "";
}
