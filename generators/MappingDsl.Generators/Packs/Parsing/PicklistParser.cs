using System.Collections.Generic;
using System.Linq;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappingDsl.Generators.Packs.Parsing;

/// <summary>Reads a <c>[Picklist]</c> method's switch expression into matrix rows and an unmapped-value policy.</summary>
internal static class PicklistParser
{
    /// <summary>How a <c>null</c> pattern appears among a row's source values (the catalog's values are strings).</summary>
    public const string NullValue = "(null)";

    public static PicklistModel? Parse(ParseContext context, IMethodSymbol method, AttributeData attribute)
    {
        if (method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.Token) is not MethodDeclarationSyntax syntax)
            return null;
        var model = context.Model(syntax.SyntaxTree);
        if (SymbolReading.ReturnedExpression(syntax) is not { } returned || SymbolReading.Strip(returned) is not SwitchExpressionSyntax switchExpression)
        {
            context.Report(PackDiagnostics.Untranslatable, syntax.Identifier.GetLocation(),
                $"Picklist '{method.Name}' must return a switch expression whose arms are the matrix rows");
            return null;
        }

        var rows = new List<PicklistRowModel>();
        var policy = "Fail";
        string? fallback = null;
        foreach (var arm in switchExpression.Arms)
        {
            context.Token.ThrowIfCancellationRequested();
            if (arm.WhenClause is not null)
            {
                context.Report(PackDiagnostics.Untranslatable, arm, "A matrix row cannot have a 'when' clause; list the source values");
                continue;
            }
            if (arm.Pattern is DiscardPatternSyntax)
            {
                (policy, fallback) = Policy(model, context, arm.Expression);
                continue;
            }
            var values = new List<string>();
            if (!Values(model, context, arm.Pattern, values))
            {
                context.Report(PackDiagnostics.Untranslatable, arm.Pattern, "A matrix row's pattern must be string constants joined with 'or'");
                continue;
            }
            rows.Add(new PicklistRowModel(values.ToEquatableArray(), arm.Expression.ToString()));
        }

        var governing = SymbolReading.Strip(switchExpression.GoverningExpression);
        var folded = governing is InvocationExpressionSyntax call
            && model.GetSymbolInfo(call, context.Token).Symbol is IMethodSymbol fold
            && fold.Name == "Fold" && SymbolReading.Is(fold.ContainingType, MetadataNames.MatrixClass);
        return new PicklistModel(
            SymbolReading.Argument(attribute, 0),
            method.Name,
            method.ReturnType.ToDisplayString(),
            rows.ToEquatableArray(),
            policy,
            fallback,
            SymbolReading.String(attribute, "Discovered"),
            LocationInfo.From(syntax.Identifier.GetLocation()),
            LocationInfo.From(switchExpression))
        {
            Comparison = SymbolReading.Named(attribute, "Comparison") is { } comparison ? SymbolReading.EnumName(comparison) : "Exact",
            ReadsFolded = folded,
        };
    }

    private static bool Values(SemanticModel model, ParseContext context, PatternSyntax pattern, List<string> values)
    {
        switch (pattern)
        {
            case ParenthesizedPatternSyntax parenthesized:
                return Values(model, context, parenthesized.Pattern, values);
            case BinaryPatternSyntax binary when binary.OperatorToken.Text == "or":
                return Values(model, context, binary.Left, values) && Values(model, context, binary.Right, values);
            case ConstantPatternSyntax constant when model.GetConstantValue(constant.Expression, context.Token) is { HasValue: true, Value: string value }:
                values.Add(value);
                return true;
            case ConstantPatternSyntax constant when constant.Expression.IsKind(SyntaxKind.NullLiteralExpression):
                values.Add(NullValue);
                return true;
            default:
                return false;
        }
    }

    private static (string Policy, string? Fallback) Policy(SemanticModel model, ParseContext context, ExpressionSyntax expression)
    {
        if (expression is InvocationExpressionSyntax invocation
            && model.GetSymbolInfo(invocation, context.Token).Symbol is IMethodSymbol method
            && SymbolReading.Is(method.ContainingType, MetadataNames.UnmappedClass))
        {
            var arguments = invocation.ArgumentList.Arguments;
            return method.Name == "Fail" || arguments.Count == 0 ? ("Fail", null) : (method.Name, arguments[arguments.Count - 1].Expression.ToString());
        }
        return ("Default", expression.ToString());
    }
}
