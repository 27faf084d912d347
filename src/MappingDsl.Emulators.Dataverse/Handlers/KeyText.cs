using System.Buffers;
using System.Globalization;
using System.Text;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// Alternate-key values as the key index compares them. Dataverse keys are SQL unique indexes under the org's default
/// collation (case- and accent-insensitive), so "Acme" and "ACMÉ" collide; values holding / &lt; &gt; * % &amp; : \ ? +
/// cannot be addressed by key (dataverse-web-api.md §3.1, define-alternate-keys-entity).
/// </summary>
internal static class KeyText
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create("/<>*%&:\\?+");

    public static bool HasForbiddenCharacter(string value) => value.AsSpan().ContainsAny(Forbidden);

    public static string Normalize(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
