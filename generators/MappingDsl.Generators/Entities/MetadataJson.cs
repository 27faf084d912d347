using System.Collections.Generic;
using MappingDsl.Generators.Json;

namespace MappingDsl.Generators.Entities;

/// <summary>Typed reads of metadata members that fail with the member's JSON path instead of a null reference.</summary>
internal static class MetadataJson
{
    public static string RequireString(JsonNode owner, string name, string path)
    {
        var value = owner[name];
        if (value is null || value.Kind != JsonKind.String || value.Text!.Length == 0)
            throw new MetadataShapeException($"{Describe(path, name)} must be a non-empty string");
        return value.Text;
    }

    public static string OptionalString(JsonNode owner, string name, string path)
    {
        var value = owner[name];
        if (value is null || value.Kind == JsonKind.Null)
            return "";
        if (value.Kind != JsonKind.String)
            throw new MetadataShapeException($"{Describe(path, name)} must be a string");
        return value.Text!;
    }

    public static bool RequireBool(JsonNode owner, string name, string path) =>
        owner[name]?.Kind switch
        {
            JsonKind.True => true,
            JsonKind.False => false,
            _ => throw new MetadataShapeException($"{Describe(path, name)} must be true or false"),
        };

    public static bool OptionalBool(JsonNode owner, string name, string path) =>
        owner[name]?.Kind switch
        {
            null or JsonKind.Null or JsonKind.False => false,
            JsonKind.True => true,
            _ => throw new MetadataShapeException($"{Describe(path, name)} must be true or false"),
        };

    public static int OptionalInt(JsonNode owner, string name, string path)
    {
        var value = owner[name];
        if (value is null || value.Kind == JsonKind.Null)
            return 0;
        return value.AsInt32() ?? throw new MetadataShapeException($"{Describe(path, name)} must be a whole number");
    }

    public static int RequireInt(JsonNode owner, string name, string path) =>
        owner[name]?.AsInt32() ?? throw new MetadataShapeException($"{Describe(path, name)} must be a whole number");

    public static IReadOnlyList<JsonNode> RequireArray(JsonNode owner, string name, string path)
    {
        var value = owner[name];
        if (value is null || value.Kind != JsonKind.Array)
            throw new MetadataShapeException($"{Describe(path, name)} must be an array");
        return value.Items;
    }

    public static IReadOnlyList<JsonNode> OptionalArray(JsonNode owner, string name, string path)
    {
        var value = owner[name];
        if (value is null || value.Kind == JsonKind.Null)
            return [];
        if (value.Kind != JsonKind.Array)
            throw new MetadataShapeException($"{Describe(path, name)} must be an array");
        return value.Items;
    }

    public static JsonNode? OptionalObject(JsonNode owner, string name, string path)
    {
        var value = owner[name];
        if (value is null || value.Kind == JsonKind.Null)
            return null;
        if (value.Kind != JsonKind.Object)
            throw new MetadataShapeException($"{Describe(path, name)} must be an object");
        return value;
    }

    public static void RequireObject(JsonNode value, string path)
    {
        if (value.Kind != JsonKind.Object)
            throw new MetadataShapeException($"'{path}' must be an object");
    }

    /// <summary>
    /// The English (1033) text of a <c>Label</c>: the localized label in 1033 first, then the user's label, then any
    /// localized label; empty when the label has none.
    /// </summary>
    public static string Label(JsonNode owner, string name, string path)
    {
        var label = OptionalObject(owner, name, path);
        if (label is null)
            return "";
        var localized = OptionalArray(label, "LocalizedLabels", path + "." + name);
        foreach (var item in localized)
        {
            if (item.Kind == JsonKind.Object && item["LanguageCode"]?.AsInt32() == 1033 && item["Label"]?.Kind == JsonKind.String)
                return item["Label"]!.Text!;
        }
        var user = OptionalObject(label, "UserLocalizedLabel", path + "." + name);
        if (user?["Label"]?.Kind == JsonKind.String)
            return user["Label"]!.Text!;
        foreach (var item in localized)
        {
            if (item.Kind == JsonKind.Object && item["Label"]?.Kind == JsonKind.String)
                return item["Label"]!.Text!;
        }
        return "";
    }

    private static string Describe(string path, string name) => path.Length == 0 ? $"'{name}'" : $"'{path}.{name}'";
}
