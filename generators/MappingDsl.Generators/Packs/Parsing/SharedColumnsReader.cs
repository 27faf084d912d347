using System.Collections.Generic;
using System.Linq;
using MappingDsl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappingDsl.Generators.Packs.Parsing;

/// <summary>
/// Reads a <c>[SharedColumns]</c> method: <c>static T Name&lt;T&gt;(T t, TSource s[, MapContext m])</c> whose block
/// body is <c>t.Column = value;</c> statements and <c>return t;</c>. Anything else is reported, never guessed.
/// </summary>
internal static class SharedColumnsReader
{
    /// <summary>An object creation with an initializer and the shared-column calls wrapped around it, innermost first.</summary>
    public sealed record Composition(
        BaseObjectCreationExpressionSyntax Creation,
        IReadOnlyList<(InvocationExpressionSyntax Call, IMethodSymbol Method)> SharedCalls);

    /// <summary>A readable shared-columns method: its semantic model, source parameter and assignments (column, syntax).</summary>
    public sealed record Body(
        SemanticModel Model,
        IParameterSymbol Source,
        BlockSyntax Syntax,
        IReadOnlyList<(string Column, AssignmentExpressionSyntax Assignment)> Assignments);

    private const string Shape =
        "is static, takes (record, source[, MapContext m]) and its block body is 't.Column = value;' statements ending in 'return t;'";

    public static Body? Read(ParseContext context, IMethodSymbol method)
    {
        if (method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.Token) is not MethodDeclarationSyntax syntax)
            return null;
        if (!method.IsStatic || method.Parameters.Length is < 2 or > 3 || syntax.Body is not { } block
            || (method.Parameters.Length == 3 && !SymbolReading.Is(method.Parameters[2].Type, MetadataNames.MapContext)))
        {
            context.Report(PackDiagnostics.Untranslatable, syntax.Identifier.GetLocation(), $"Shared columns '{method.Name}' {Shape}");
            return null;
        }
        var target = method.Parameters[0].Name;
        var assignments = new List<(string, AssignmentExpressionSyntax)>();
        var statements = block.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            if (i == statements.Count - 1 && statement is ReturnStatementSyntax { Expression: IdentifierNameSyntax returned } && returned.Identifier.Text == target)
                return new Body(context.Model(syntax.SyntaxTree), method.Parameters[1], block, assignments);
            if (statement is ExpressionStatementSyntax
                {
                    Expression: AssignmentExpressionSyntax
                    {
                        RawKind: (int)SyntaxKind.SimpleAssignmentExpression,
                        Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax record, Name: IdentifierNameSyntax column },
                    } assignment,
                }
                && record.Identifier.Text == target)
            {
                assignments.Add((column.Identifier.Text, assignment));
                continue;
            }
            context.Report(PackDiagnostics.Untranslatable, statement, $"Shared columns '{method.Name}' {Shape}");
            return null;
        }
        context.Report(PackDiagnostics.Untranslatable, syntax.Identifier.GetLocation(), $"Shared columns '{method.Name}' {Shape}");
        return null;
    }

    /// <summary>
    /// The record type's own property of that name: the shared method sees the column through an interface or base
    /// type, but the column's attributes (logical name, type, length) live on the table's property.
    /// </summary>
    public static IPropertySymbol? Member(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
                return property;
        }
        return null;
    }
}
