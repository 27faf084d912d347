using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappingDsl.Generators.Packs.Parsing;

/// <summary>
/// What a pair's direct-write twin needs from the syntax besides its expressions: the using directives their names
/// bind through, and each assignment's property type (the twin assigns the value to a local of that type, so target
/// typing, implicit conversions and collection expressions mean what they meant in the initializer).
/// </summary>
internal static class DirectWriteReading
{
    // Fully qualified, with the '?' of nullable reference types (the twin's file enables nullable annotations).
    private static readonly SymbolDisplayFormat PropertyTypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Adds the file's own using directives (not global ones, which reach the twin's file anyway).</summary>
    public static void AddUsings(ISet<string> usings, SyntaxTree tree, CancellationToken token)
    {
        foreach (var directive in tree.GetRoot(token).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>())
        {
            if (directive.GlobalKeyword.RawKind == 0)
                usings.Add(directive.WithoutTrivia().ToString());
        }
    }

    /// <summary>The assigned property's type, or empty when it cannot be read.</summary>
    public static string PropertyType(SemanticModel model, AssignmentExpressionSyntax assignment, CancellationToken token) =>
        model.GetSymbolInfo(assignment.Left, token).Symbol is IPropertySymbol property ? property.Type.ToDisplayString(PropertyTypeFormat) : "";

    /// <summary>True when <paramref name="value"/> names <paramref name="identifier"/> (a shared method's record parameter).</summary>
    public static bool Mentions(ExpressionSyntax value, string identifier) =>
        value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.Text == identifier);
}
