using System;
using System.Collections.Generic;
using System.Threading;
using MappingDsl.Generators.Common;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Entities;

/// <summary>Reads a <c>[CustomTable]</c> class into a <see cref="CustomTablePartialModel"/>; symbols do not leave this method.</summary>
internal static class CustomTableParser
{
    public const string AttributeMetadataName = "MappingDsl.CustomTableAttribute";

    public static CustomTablePartialModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Read(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without the generated partial the class fails to compile where it is used as an IDataverseEntity,
            // which points at the right place; an escaping exception would drop every generated file instead.
            return null;
        }
    }

    private static CustomTablePartialModel? Read(GeneratorAttributeSyntaxContext context)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.Length == 0)
            return null;
        var attribute = context.Attributes[0];
        // An attribute with errors (wrong argument count or types) is the compiler's to report, not ours.
        if (attribute.ConstructorArguments.Length < 1 || attribute.ConstructorArguments[0].Value is not string schemaName || schemaName.Length == 0)
            return null;
        var primaryName = "";
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "PrimaryName" && argument.Value.Value is string value)
                primaryName = value;
        }
        var containing = new List<string>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            containing.Insert(0, $"partial {Keyword(outer)} {outer.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}");
        return new CustomTablePartialModel(
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "",
            containing.ToEquatableArray(),
            type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            schemaName.ToLowerInvariant(),
            primaryName.ToLowerInvariant());
    }

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };
}
