using System.Text;

namespace MappingDsl.Sources.Scaffolding;

/// <summary>A candidate column for a source field, with its score and the reason.</summary>
/// <param name="Column">The column.</param>
/// <param name="Score">0 to 1.</param>
/// <param name="Why">Why it matched.</param>
public sealed record ColumnMatch(DataverseColumn Column, double Score, string Why);

/// <summary>
/// Scores a source field against a Dataverse column: types must be compatible; then the same name scores 1, the same
/// label 0.95, a synonym 0.9 (less for later synonyms), a name contained in the other 0.75, shared label words of five
/// letters or more 0.65, and a user field against the owner 0.6.
/// Deterministic: the same inputs give the same scores.
/// </summary>
public static class ColumnMatcher
{
    /// <summary>The lowest score the scaffolder proposes.</summary>
    public const double Threshold = 0.6;

    // Shorter words ("name", "type", "date") appear in too many labels to mean anything alone.
    private const int MeaningfulLength = 5;

    /// <summary>Lowercase letters and digits only: <c>billing_ZipCode</c> → <c>billingzipcode</c>.</summary>
    /// <param name="text">Any name or label.</param>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                result.Append(char.ToLowerInvariant(c));
        }
        return result.ToString();
    }

    /// <summary>Scores <paramref name="field"/> against <paramref name="column"/>; null when the types do not fit or nothing matches.</summary>
    /// <param name="field">The source field.</param>
    /// <param name="column">The column.</param>
    /// <param name="publisher">The publisher prefix, stripped from custom column names before comparing.</param>
    /// <param name="tablesOf">The tables a module's records land in (for references).</param>
    public static ColumnMatch? Score(FieldShape field, DataverseColumn column, string publisher, Func<string, IReadOnlyList<string>> tablesOf)
    {
        if (!Compatible(field, column, tablesOf))
            return null;
        var name = Normalize(field.Name);
        var label = field.Label is null ? name : Normalize(field.Label);
        var logical = column.LogicalName.StartsWith(publisher + "_", StringComparison.Ordinal) ? column.LogicalName[(publisher.Length + 1)..] : column.LogicalName;
        var stripped = Strip(Normalize(logical), column.Type);
        if (name == Normalize(logical) || name == stripped)
            return new(column, 1.0, $"same name ({field.Name} = {column.LogicalName})");
        // Labels decide only when they say something: a custom field's own label, or a long one ("type" matches too much).
        if ((field.Label is not null || label.Length >= MeaningfulLength) && (label == Normalize(logical) || label == stripped || label == Normalize(column.Label)))
            return new(column, 0.95, $"same label ('{field.Label ?? field.Name}' = '{column.Label}')");
        var synonyms = Synonyms.For(name).Concat(Synonyms.For(label)).ToList();
        var index = synonyms.IndexOf(column.LogicalName);
        if (index < 0)
            index = synonyms.IndexOf(logical);
        if (index >= 0)
            return new(column, Math.Round(0.9 - (0.02 * index), 2), $"synonym ({field.Name} usually fills {column.LogicalName})");
        if ((name.Length >= 5 && stripped.Contains(name, StringComparison.Ordinal)) || (stripped.Length >= 5 && name.Contains(stripped, StringComparison.Ordinal)))
            return new(column, 0.75, $"one name contains the other ({field.Name} ~ {column.LogicalName})");
        var shared = Words(field.Label ?? field.Name).Intersect(Words(column.Label)).Where(w => w.Length >= MeaningfulLength).ToList();
        var all = Words(field.Label ?? field.Name).Union(Words(column.Label)).Count();
        if (shared.Count > 0 && shared.Count * 2 >= all)
            return new(column, 0.65, $"shared label words ({string.Join(", ", shared)})");
        // A record without an owner field is usually owned by the one user it names (a note's author, a reply's sender).
        return field.Kind == FieldKind.User && column.Type == "Owner"
            ? new(column, Threshold, $"a user on the record ({field.Name}); the owner unless a better field says so")
            : null;
    }

    /// <summary>Whether a value of the field's kind can be written to the column at all.</summary>
    /// <param name="field">The source field.</param>
    /// <param name="column">The column.</param>
    /// <param name="tablesOf">The tables a module's records land in.</param>
    public static bool Compatible(FieldShape field, DataverseColumn column, Func<string, IReadOnlyList<string>> tablesOf) => field.Kind switch
    {
        FieldKind.Text or FieldKind.Email or FieldKind.Phone or FieldKind.Url or FieldKind.LongText or FieldKind.Tags =>
            column.Type is "String" or "Memo" || (field.Kind == FieldKind.Email && column.Type == "PartyList"),
        FieldKind.Integer => column.Type is "Integer" or "BigInt" or "Decimal" or "Double" or "Money",
        FieldKind.Decimal or FieldKind.Money => column.Type is "Decimal" or "Double" or "Money",
        FieldKind.Boolean => column.Type is "Boolean" or "State" or "Status",
        FieldKind.Date or FieldKind.DateTime => column.Type == "DateTime",
        FieldKind.Choice => column.Type is "Picklist" or "State" or "Status" or "String" or "Memo" || (column.Type == "Boolean" && field.Values.Count == 2),
        FieldKind.MultiChoice => column.Type is "MultiSelectPicklist" or "Memo" or "String",
        FieldKind.User => column.Type is "Owner" or "PartyList",
        FieldKind.Reference => column.Type is "Lookup" or "Customer" && (field.RefersTo == "*"
            ? column.Targets.Count > 1
            : column.Targets.Intersect(tablesOf(field.RefersTo ?? "")).Any()),
        FieldKind.Parties => column.Type == "PartyList",
        _ => false,
    };

    // "ownerid" compares as "owner", "industrycode" as "industry".
    private static string Strip(string logical, string type) => type switch
    {
        "Lookup" or "Customer" or "Owner" when logical.EndsWith("id", StringComparison.Ordinal) => logical[..^2],
        "Picklist" or "State" or "Status" when logical.EndsWith("code", StringComparison.Ordinal) => logical[..^4],
        _ => logical,
    };

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c) || (char.IsUpper(c) && current.Length > 0 && !char.IsUpper(current[^1])))
            {
                if (current.Length > 0)
                    words.Add(current.ToString().ToLowerInvariant());
                current.Clear();
            }
            if (char.IsLetterOrDigit(c))
                current.Append(c);
        }
        if (current.Length > 0)
            words.Add(current.ToString().ToLowerInvariant());
        return words;
    }
}
