using System.Text.Json;

namespace MappingDsl.Sources.CustomerIo;

/// <summary>
/// What the extractor tells the pack about a person's attributes: how many traits it has (reserved attributes do
/// not count: source-apis.md §3.7) and whether its email is one a contact can carry.
/// </summary>
public static class PersonTraits
{
    /// <summary>Customer.io's reserved attributes (docs reserved-attributes), which are identity, not traits.</summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "email", "cio_id", "anonymous_id", "phone", "created_at", "unsubscribed", "cio_subscription_preferences",
    };

    /// <summary>Non-reserved attributes holding a value (not null, not an empty string).</summary>
    /// <param name="attributes">The person's <c>attributes</c> object.</param>
    public static int Count(JsonElement attributes)
    {
        if (attributes.ValueKind != JsonValueKind.Object)
        {
            return 0;
        }

        var count = 0;
        foreach (var attribute in attributes.EnumerateObject())
        {
            if (!Reserved.Contains(attribute.Name) && attribute.Value.ValueKind != JsonValueKind.Null
                && !(attribute.Value.ValueKind == JsonValueKind.String && attribute.Value.GetString()!.Length == 0))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// A syntactically usable address: one <c>@</c>, a non-empty local part, a dotted domain, no spaces. Deliverability
    /// is not checked (that is the bounce history's job).
    /// </summary>
    /// <param name="email">The address.</param>
    public static bool IsValidEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1)
        {
            return false;
        }

        var domain = email[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 2;
    }
}
