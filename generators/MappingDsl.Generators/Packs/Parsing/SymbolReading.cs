using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappingDsl.Generators.Packs.Parsing;

/// <summary>Small readers over symbols and attributes shared by the parsers (symbols never leave Parsing/).</summary>
internal static class SymbolReading
{
    public static readonly SymbolDisplayFormat TypeName = SymbolDisplayFormat.FullyQualifiedFormat;

    public static AttributeData? Attribute(ISymbol symbol, string metadataName)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && FullName(type) == metadataName)
                return attribute;
        }
        return null;
    }

    public static string FullName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns
            ? ns.ToDisplayString() + "." + type.MetadataName
            : type.MetadataName;

    public static bool Is(ITypeSymbol? type, string metadataName) =>
        type is INamedTypeSymbol named && FullName(named.OriginalDefinition) == metadataName;

    public static TypedConstant? Named(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
                return pair.Value;
        }
        return null;
    }

    public static string String(AttributeData attribute, string name, string fallback = "") =>
        Named(attribute, name) is { Value: string value } ? value : fallback;

    public static int Int(AttributeData attribute, string name, int fallback = 0) =>
        Named(attribute, name) is { Value: int value } ? value : fallback;

    public static bool Bool(AttributeData attribute, string name, bool fallback) =>
        Named(attribute, name) is { Value: bool value } ? value : fallback;

    public static string Argument(AttributeData attribute, int index) =>
        attribute.ConstructorArguments.Length > index && attribute.ConstructorArguments[index].Value is string value ? value : "";

    /// <summary>The member name of an enum constant, so the model stays independent of the DSL assembly's values.</summary>
    public static string EnumName(TypedConstant constant)
    {
        if (constant.Type is INamedTypeSymbol type)
        {
            foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
            {
                if (field.HasConstantValue && Equals(field.ConstantValue, constant.Value))
                    return field.Name;
            }
        }
        return constant.Value?.ToString() ?? "";
    }

    public static Location? AttributeLocation(AttributeData attribute, Location? fallback) =>
        attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? fallback;

    public static string Summary(ISymbol symbol, System.Threading.CancellationToken token)
    {
        var xml = symbol.GetDocumentationCommentXml(cancellationToken: token);
        if (string.IsNullOrWhiteSpace(xml))
            return "";
        try
        {
            var summary = XDocument.Parse(xml).Descendants("summary").FirstOrDefault();
            return summary is null ? "" : string.Join(" ", summary.Value.Split(new[] { ' ', '\n', '\r', '\t' }, System.StringSplitOptions.RemoveEmptyEntries));
        }
        catch (System.Xml.XmlException)
        {
            // A malformed doc comment is the compiler's to report (CS1570); the pair just has no description.
            return "";
        }
    }

    public static ExpressionSyntax Strip(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax p: expression = p.Expression; break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } s: expression = s.Operand; break;
                default: return expression;
            }
        }
    }

    /// <summary>The expression a method returns: its expression body or its single <c>return</c>; null otherwise.</summary>
    public static ExpressionSyntax? ReturnedExpression(MethodDeclarationSyntax method)
    {
        if (method.ExpressionBody is { } arrow)
            return arrow.Expression;
        if (method.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } returned })
            return returned;
        return null;
    }

    public static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    public static bool IsNullable(ITypeSymbol type) =>
        type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
}
