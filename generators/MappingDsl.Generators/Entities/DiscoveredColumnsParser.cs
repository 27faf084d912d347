using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Json;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Entities;

/// <summary>Reads <c>[DiscoveredColumns]</c> classes and the profiles of discovery snapshots.</summary>
internal static class DiscoveredColumnsParser
{
    public const string AttributeMetadataName = "MappingDsl.DiscoveredColumnsAttribute";

    public static DiscoveredColumnsModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.Length == 0)
            return null;
        var attribute = context.Attributes[0];
        if (attribute.ConstructorArguments.Length < 2 || attribute.ConstructorArguments[0].Value is not string group || attribute.ConstructorArguments[1].Value is not string path)
            return null;
        var threshold = 0.10;
        var prefix = "";
        var rest = "";
        foreach (var argument in attribute.NamedArguments)
        {
            switch (argument.Key)
            {
                case "Threshold" when argument.Value.Value is double value:
                    threshold = value;
                    break;
                case "Prefix" when argument.Value.Value is string value:
                    prefix = value;
                    break;
                case "Rest" when argument.Value.Value is string value:
                    rest = value;
                    break;
            }
        }
        var restIsMemo = type.GetMembers(rest).OfType<IPropertySymbol>().Any(p =>
            p.Type.SpecialType == SpecialType.System_String
            && p.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "MappingDsl.CustomColumnAttribute"
                && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value is int kind && kind == 1));
        return new DiscoveredColumnsModel(
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "",
            type.Name,
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            group,
            path,
            threshold,
            prefix,
            rest,
            type.MemberNames.OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
            restIsMemo,
            LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken)));
    }

    /// <summary>The <c>profiles</c> of a snapshot, flattened; an unreadable snapshot has none (MDSL005 reports it).</summary>
    public static EquatableArray<ProfiledField> Profiles(string text, CancellationToken cancellationToken)
    {
        var fields = new List<ProfiledField>();
        try
        {
            var root = JsonReader.Parse(text, cancellationToken);
            if (root["profiles"] is { Kind: JsonKind.Object } profiles)
            {
                foreach (var group in profiles.Members)
                {
                    if (group.Value["fields"] is not { Kind: JsonKind.Object } members)
                        continue;
                    foreach (var field in members.Members)
                    {
                        var frequency = double.TryParse(field.Value["frequency"]?.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : 0;
                        fields.Add(new ProfiledField(group.Key, field.Key, field.Value["type"]?.Text ?? "null", frequency));
                    }
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return EquatableArray<ProfiledField>.Empty;
        }
        return fields.ToEquatableArray();
    }
}
