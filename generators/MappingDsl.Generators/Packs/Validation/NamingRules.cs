namespace MappingDsl.Generators.Packs.Validation;

/// <summary>Dataverse naming rules for publisher prefixes and custom schema names.</summary>
internal static class NamingRules
{
    public const int MaxColumnNameLength = 50;

    /// <summary>Why a publisher prefix is invalid, or null.</summary>
    public static string? PublisherProblem(string publisher)
    {
        if (publisher.Length is < 2 or > 8)
            return $"Publisher prefix '{publisher}' must be 2 to 8 characters";
        if (!IsIdentifier(publisher, allowUnderscore: false))
            return $"Publisher prefix '{publisher}' must be letters and digits, starting with a letter";
        if (publisher.StartsWith("mscrm", System.StringComparison.OrdinalIgnoreCase))
            return $"Publisher prefix '{publisher}' cannot start with 'mscrm'";
        return null;
    }

    /// <summary>Why a custom schema name is invalid for the pack, or null.</summary>
    public static string? NameProblem(string kind, string name, string publisher, int maxLength)
    {
        if (!name.StartsWith(publisher + "_", System.StringComparison.Ordinal))
            return $"Custom {kind} '{name}' must start with the publisher prefix '{publisher}_'";
        if (!IsIdentifier(name, allowUnderscore: true))
            return $"Custom {kind} '{name}' must be letters, digits and underscores, starting with a letter";
        if (name.Length > maxLength)
            return $"Custom {kind} '{name}' is {name.Length} characters; Dataverse allows {maxLength}";
        return null;
    }

    private static bool IsIdentifier(string name, bool allowUnderscore)
    {
        if (name.Length == 0 || !IsAsciiLetter(name[0]))
            return false;
        foreach (var c in name)
        {
            if (!(IsAsciiLetter(c) || c is >= '0' and <= '9' || (allowUnderscore && c == '_')))
                return false;
        }
        return true;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
