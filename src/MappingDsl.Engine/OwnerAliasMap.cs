namespace MappingDsl.Engine;

/// <summary>
/// Rewrites source owner emails before they are matched to Dataverse users: a rebrand moves everyone from
/// <c>@old.com</c> to <c>@new.com</c>, and a person may have changed address. Rules are <c>@old.test=@new.test</c>
/// (domain) or <c>ann@old.test=ann.lee@new.test</c> (address); an address rule wins over a domain rule, and
/// comparisons ignore case. Applied once, never chained.
/// </summary>
public sealed class OwnerAliasMap
{
    private readonly Dictionary<string, string> _addresses = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _domains = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>No rules: every email is matched as the source spells it.</summary>
    public static OwnerAliasMap Empty { get; } = new([]);

    /// <summary>Reads rules of the form <c>from=to</c>.</summary>
    /// <param name="rules">One rule each; blank entries and lines starting with <c>#</c> are skipped.</param>
    /// <exception cref="MigrationConfigurationException">A rule is malformed, mixes a domain with an address, or repeats a source.</exception>
    public OwnerAliasMap(IEnumerable<string> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var kept = new List<string>();
        foreach (var raw in rules)
        {
            var rule = raw.Trim();
            if (rule.Length == 0 || rule.StartsWith('#'))
                continue;
            var parts = rule.Split('=');
            if (parts.Length != 2 || parts[0].Trim() is not { Length: > 1 } from || parts[1].Trim() is not { Length: > 1 } to
                || !from.Contains('@', StringComparison.Ordinal) || !to.Contains('@', StringComparison.Ordinal))
            {
                throw new MigrationConfigurationException($"Owner alias '{rule}' is not 'from=to' with two emails or two '@domain's (for example @old.test=@new.test).");
            }
            var fromDomain = from.StartsWith('@');
            if (fromDomain != to.StartsWith('@'))
                throw new MigrationConfigurationException($"Owner alias '{rule}' maps a domain to an address (or the reverse); write @old=@new or a@old=b@new.");
            var table = fromDomain ? _domains : _addresses;
            var key = fromDomain ? from[1..] : from;
            if (!table.TryAdd(key, fromDomain ? to[1..] : to))
                throw new MigrationConfigurationException($"Owner alias '{rule}': '{from}' is mapped twice.");
            kept.Add($"{from}={to}");
        }
        Rules = kept;
    }

    /// <summary>The rules as read (normalized <c>from=to</c>), for the report.</summary>
    public IReadOnlyList<string> Rules { get; }

    /// <summary>Reads rules from a file: one <c>from=to</c> per line, <c>#</c> starts a comment line.</summary>
    /// <param name="path">The file.</param>
    public static OwnerAliasMap Load(string path) => new(File.ReadAllLines(path));

    /// <summary>Combines the option and file forms; a source mapped in both is an error.</summary>
    /// <param name="rules">Rules given on the command line.</param>
    /// <param name="file">A rule file, or null.</param>
    public static OwnerAliasMap From(IEnumerable<string>? rules, string? file) =>
        new([.. rules ?? [], .. file is null ? [] : File.ReadAllLines(file)]);

    /// <summary>The email to match: the address rule's target, else the domain rule's, else the email itself.</summary>
    /// <param name="email">A source owner email.</param>
    public string Apply(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (_addresses.TryGetValue(email, out var address))
            return address;
        var at = email.LastIndexOf('@');
        return at >= 0 && _domains.TryGetValue(email[(at + 1)..], out var domain) ? email[..(at + 1)] + domain : email;
    }
}
