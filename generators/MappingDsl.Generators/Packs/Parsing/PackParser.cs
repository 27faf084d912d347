using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappingDsl.Generators.Packs.Parsing;

/// <summary>Turns a <c>[MapPack]</c> class into a <see cref="PackModel"/>; the only step that sees symbols.</summary>
internal static class PackParser
{
    public static PackParse Parse(GeneratorAttributeSyntaxContext context, CancellationToken token)
    {
        var syntax = (ClassDeclarationSyntax)context.TargetNode;
        try
        {
            return Parse(syntax, (INamedTypeSymbol)context.TargetSymbol, context.Attributes[0], context.SemanticModel.Compilation, token);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            return new PackParse(null, new[]
            {
                DiagnosticInfo.Create(PackDiagnostics.InternalError, LocationInfo.From(syntax.Identifier.GetLocation()), syntax.Identifier.Text, e.GetType().Name + ": " + e.Message),
            }.ToEquatableArray());
        }
    }

    private static PackParse Parse(ClassDeclarationSyntax syntax, INamedTypeSymbol type, AttributeData attribute, Compilation compilation, CancellationToken token)
    {
        var context = new ParseContext(compilation, type, token);
        var identifier = syntax.Identifier.GetLocation();
        if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword) || type.ContainingType is not null || type.IsGenericType)
        {
            context.Report(PackDiagnostics.InvalidPackClass, identifier, type.Name);
            return new PackParse(null, context.Diagnostics.ToEquatableArray());
        }

        var jsonContext = Named(attribute, "JsonContext")?.Value as INamedTypeSymbol;
        CheckJsonContext(context, jsonContext, identifier);
        var inventoryCulture = SymbolReading.String(attribute, "InventoryCulture");
        if (inventoryCulture.Length > 0 && !IsCultureName(inventoryCulture))
            context.Report(PackDiagnostics.InvalidInventoryCulture, identifier, inventoryCulture, type.Name);

        var pairs = new List<PairModel>();
        var picklists = new List<PicklistModel>();
        foreach (var member in type.GetMembers())
        {
            token.ThrowIfCancellationRequested();
            if (member is not IMethodSymbol method)
                continue;
            if (SymbolReading.Attribute(method, MetadataNames.Pair) is { } pair && PairParser.Parse(context, method, pair) is { } parsed)
            {
                pairs.Add(parsed.Model);
                if (jsonContext is not null && parsed.SourceType is { } source && !Declares(jsonContext, source))
                {
                    context.Report(PackDiagnostics.InvalidJsonContext, parsed.Model.Location?.ToLocation(),
                        $"JsonContext '{jsonContext.Name}' has no [JsonSerializable(typeof({source.Name}))], which pair '{method.Name}' reads");
                }
            }
            if (SymbolReading.Attribute(method, MetadataNames.Picklist) is { } picklist && PicklistParser.Parse(context, method, picklist) is { } matrix)
                picklists.Add(matrix);
        }

        var model = new PackModel
        {
            Namespace = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "",
            ClassName = type.Name,
            Name = SymbolReading.Argument(attribute, 0),
            Publisher = SymbolReading.String(attribute, "Publisher"),
            Source = SymbolReading.String(attribute, "Source"),
            Version = SymbolReading.String(attribute, "Version", "1.0.0"),
            Edition = Named(attribute, "Edition") is { } edition ? SymbolReading.EnumName(edition) : "SalesEnterprise",
            UnmappedSourceMembers = (UnmappedStrictness)SymbolReading.Int(attribute, "UnmappedSourceMembers", (int)UnmappedStrictness.Warning),
            InventoryCulture = inventoryCulture,
            JsonContext = jsonContext?.ToDisplayString(SymbolReading.TypeName),
            Location = LocationInfo.From(identifier),
            Pairs = pairs.ToEquatableArray(),
            Picklists = picklists.ToEquatableArray(),
        };
        return new PackParse(model, context.Diagnostics.ToEquatableArray());
    }

    // The shape of a BCP 47 culture name (language, then subtags); whether the culture exists depends on the machine
    // that runs the pack, not the one that builds it.
    private static bool IsCultureName(string name)
    {
        var parts = name.Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z'))
            return false;
        return parts.Skip(1).All(p => p.Length is >= 2 and <= 8 && p.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'));
    }

    private static TypedConstant? Named(AttributeData attribute, string name) => SymbolReading.Named(attribute, name);

    private static void CheckJsonContext(ParseContext context, INamedTypeSymbol? jsonContext, Location identifier)
    {
        if (jsonContext is null)
        {
            context.Report(PackDiagnostics.InvalidJsonContext, identifier,
                $"Map pack '{context.Pack.Name}' needs JsonContext = typeof(a JsonSerializerContext) to read its source records");
            return;
        }
        for (var baseType = jsonContext.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (SymbolReading.FullName(baseType) == MetadataNames.JsonSerializerContext)
                return;
        }
        context.Report(PackDiagnostics.InvalidJsonContext, identifier,
            $"JsonContext '{jsonContext.Name}' of map pack '{context.Pack.Name}' is not a JsonSerializerContext");
    }

    private static bool Declares(INamedTypeSymbol jsonContext, ITypeSymbol source) =>
        jsonContext.GetAttributes().Any(a =>
            a.AttributeClass is { } c && SymbolReading.FullName(c) == MetadataNames.JsonSerializable
            && a.ConstructorArguments.Length > 0
            && a.ConstructorArguments[0].Value is ITypeSymbol declared
            && SymbolEqualityComparer.Default.Equals(declared, source));
}
