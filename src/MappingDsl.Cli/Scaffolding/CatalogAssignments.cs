using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using MappingDsl.Catalog;
using MappingDsl.Sources.Scaffolding;

namespace MappingDsl.Cli.Scaffolding;

/// <summary>A compiled pack's assignments as the scaffolder compares them: source members read as JSON keys.</summary>
internal static class CatalogAssignments
{
    /// <summary>Every field map of every record pair (documentation-only pairs have none to compare).</summary>
    /// <param name="catalog">The compiled pack.</param>
    public static IEnumerable<ExpectedAssignment> From(MapCatalog catalog)
    {
        var assembly = catalog.Transforms.FirstOrDefault()?.GetType().Assembly;
        foreach (var pair in catalog.Pairs.Where(p => p.Kind != PairKind.DocumentationOnly))
        {
            var type = assembly?.GetTypes().FirstOrDefault(t => t.FullName == pair.SourceType || t.Name == pair.SourceType);
            foreach (var field in pair.Fields)
            {
                yield return new ExpectedAssignment(pair.Name, pair.Module, field.Target, field.Column,
                    [.. field.SourceMembers.Select(m => JsonName(type, m)).Distinct(StringComparer.Ordinal)], field.Expression);
            }
        }
    }

    // The catalog names C# members; records arrive with JSON keys ([JsonPropertyName], else camelCase as the packs' contexts use).
    private static string JsonName(Type? type, string member)
    {
        var property = type?.GetProperty(member, BindingFlags.Public | BindingFlags.Instance);
        return property?.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(member);
    }
}
