using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Tests.Infrastructure;

/// <summary>Walks pipeline outputs and fails on anything that would root a compilation or break caching.</summary>
internal static class ModelHygiene
{
    public static void AssertNoRoslynObjects(GeneratorRunResult result)
    {
        foreach (var (name, steps) in result.TrackedSteps)
        {
            foreach (var step in steps)
            {
                foreach (var (value, _) in step.Outputs)
                    Walk(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void Walk(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
            return;
        Assert.False(
            value is ISymbol or Compilation or SyntaxNode or SemanticModel or SyntaxTree or Location,
            $"Step '{step}' holds a {value.GetType().Name}.");
        if (value.GetType().Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true)
            return; // Roslyn value types such as TextSpan or DiagnosticDescriptor are fine.
        if (!value.GetType().IsValueType && !seen.Add(value))
            return;
        if (value is IEnumerable items)
        {
            foreach (var item in items)
                Walk(item, step, seen);
            return;
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            Walk(field.GetValue(value), step, seen);
    }
}
