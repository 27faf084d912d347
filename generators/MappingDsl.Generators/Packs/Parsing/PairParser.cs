using System;
using System.Collections.Generic;
using System.Linq;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappingDsl.Generators.Packs.Parsing;

/// <summary>Reads one <c>[Pair]</c> method: signature, source type, attributes and the records its body creates.</summary>
internal static class PairParser
{
    public readonly record struct Parsed(PairModel Model, ITypeSymbol? SourceType);

    public static Parsed? Parse(ParseContext context, IMethodSymbol method, AttributeData pair)
    {
        if (method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.Token) is not MethodDeclarationSyntax syntax)
            return null;
        var identifier = syntax.Identifier.GetLocation();
        var model = context.Model(syntax.SyntaxTree);

        string? lossyReason = null;
        if (SymbolReading.Attribute(method, MetadataNames.Lossy) is { } lossy)
        {
            lossyReason = SymbolReading.Argument(lossy, 0);
            if (string.IsNullOrWhiteSpace(lossyReason))
                context.Report(PackDiagnostics.LossyWithoutReason, SymbolReading.AttributeLocation(lossy, identifier), $"[Lossy] on pair '{method.Name}'");
        }

        var ignored = new List<IgnoreModel>();
        var leftUnset = new List<IgnoreModel>();
        foreach (var attribute in method.GetAttributes())
        {
            var name = attribute.AttributeClass is { } c ? SymbolReading.FullName(c) : "";
            if (name is not (MetadataNames.Ignore or MetadataNames.LeaveUnset))
                continue;
            (name == MetadataNames.Ignore ? ignored : leftUnset).Add(new IgnoreModel(
                SymbolReading.Argument(attribute, 0),
                SymbolReading.String(attribute, "Reason"),
                LocationInfo.From(SymbolReading.AttributeLocation(attribute, identifier))));
        }

        var signatureOk = method.IsStatic && !method.IsGenericMethod && method.Parameters.Length == 2
            && SymbolReading.Is(method.Parameters[1].Type, MetadataNames.MapContext);
        var source = method.Parameters.Length > 0 ? method.Parameters[0].Type : null;
        if (!signatureOk)
            context.Report(PackDiagnostics.InvalidPairSignature, identifier, method.Name, "a pair method is static, not generic, and takes (TSource source, MapContext m)");

        var members = new List<SourceMemberModel>();
        SourceKeyModel? key = null;
        if (source is not null)
        {
            foreach (var member in SourceMembers(source))
            {
                var type = member is IPropertySymbol p ? p.Type : ((IFieldSymbol)member).Type;
                members.Add(new SourceMemberModel(member.Name, MaxLength(member)) { JsonName = JsonName(member), NestedJsonNames = NestedJsonNames(type) });
                if (key is null && IsSourceKey(member))
                {
                    var unwrapped = SymbolReading.Unwrap(type);
                    key = new SourceKeyModel(member.Name, unwrapped.SpecialType == SpecialType.System_String,
                        type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T);
                }
            }
            if (signatureOk && key is null)
                context.Report(PackDiagnostics.InvalidPairSignature, identifier, method.Name, $"source type '{source.Name}' has no [SourceKey] member");
        }

        var sourceParameter = method.Parameters.Length > 0 ? method.Parameters[0] : null;
        var body = new BodyParser(context, model, sourceParameter, members);
        var (shape, records, condition) = body.Records(method, syntax);

        var parsed = new PairModel(
            method.Name,
            SymbolReading.Argument(pair, 0),
            SymbolReading.String(pair, "Module"),
            SymbolReading.String(pair, "TargetDescription"),
            SymbolReading.Summary(method, context.Token),
            lossyReason,
            source?.ToDisplayString(SymbolReading.TypeName) ?? "",
            source?.Name ?? "",
            key,
            members.ToEquatableArray(),
            body.MembersRead(syntax).ToEquatableArray(),
            ignored.ToEquatableArray(),
            leftUnset.ToEquatableArray(),
            shape,
            method.ReturnType.ToDisplayString(SymbolReading.TypeName),
            condition,
            records.ToEquatableArray(),
            body.References.ToEquatableArray(),
            LocationInfo.From(identifier))
        {
            SplitMatrix = body.SplitMatrix,
            SplitMatrixLocation = body.SplitMatrixLocation,
            Configures = SymbolReading.String(pair, "Configures").Split(',').Select(n => n.Trim()).Where(n => n.Length > 0).ToEquatableArray(),
            LoadLast = SymbolReading.Bool(pair, "LoadLast", false),
            Deviation = SymbolReading.String(pair, "Deviation"),
            BatchSize = BatchSize(context, pair, method.Name, identifier),
            Usings = body.Usings.ToEquatableArray(),
            SourceParameter = sourceParameter?.Name ?? "s",
            ContextParameter = method.Parameters.Length > 1 ? method.Parameters[1].Name : "m",
            DirectBlocker = body.DirectBlocker,
        };
        return new Parsed(parsed, signatureOk ? source : null);
    }

    // The loader journals up to 5 000 records per batch (the CLI's --batch-size cap); unset means the run-wide size.
    private static int? BatchSize(ParseContext context, AttributeData pair, string name, Location identifier)
    {
        if (SymbolReading.Named(pair, "BatchSize") is not { Value: int size })
            return null;
        if (size is >= 1 and <= MaxBatchSize)
            return size;
        context.Report(PackDiagnostics.InvalidBatchSize, SymbolReading.AttributeLocation(pair, identifier), size.ToString(System.Globalization.CultureInfo.InvariantCulture), name);
        return null;
    }

    private const int MaxBatchSize = 5000;

    private static IEnumerable<ISymbol> SourceMembers(ITypeSymbol type)
    {
        var seen = new HashSet<string>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
                    continue;
                if (member is IPropertySymbol { IsIndexer: false } or IFieldSymbol && seen.Add(member.Name))
                    yield return member;
            }
        }
    }

    // [SourceKey] on a positional record parameter stays on the parameter, not the property it declares.
    private static bool IsSourceKey(ISymbol member)
    {
        if (SymbolReading.Attribute(member, MetadataNames.SourceKey) is not null)
            return true;
        if (member.ContainingType is not { IsRecord: true } record)
            return false;
        foreach (var constructor in record.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == member.Name && SymbolReading.Attribute(parameter, MetadataNames.SourceKey) is not null)
                    return true;
            }
        }
        return false;
    }

    private static EquatableArray<string> NestedJsonNames(ITypeSymbol type)
    {
        var unwrapped = SymbolReading.Unwrap(type);
        if (unwrapped.TypeKind != TypeKind.Class || unwrapped.SpecialType != SpecialType.None || unwrapped.ContainingNamespace?.ToDisplayString().StartsWith("System", StringComparison.Ordinal) == true)
            return EquatableArray<string>.Empty;
        return new EquatableArray<string>([.. SourceMembers(unwrapped).Select(JsonName)]);
    }

    private static string JsonName(ISymbol member) =>
        SymbolReading.Attribute(member, "System.Text.Json.Serialization.JsonPropertyNameAttribute") is { ConstructorArguments.Length: > 0 } attribute
            && attribute.ConstructorArguments[0].Value is string name
            ? name
            : member.Name;

    private static int MaxLength(ISymbol member)
    {
        var attribute = SymbolReading.Attribute(member, MetadataNames.MaxLength) ?? SymbolReading.Attribute(member, MetadataNames.StringLength);
        return attribute is { ConstructorArguments.Length: > 0 } && attribute.ConstructorArguments[0].Value is int length ? length : 0;
    }
}
