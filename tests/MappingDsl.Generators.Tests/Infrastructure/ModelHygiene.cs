using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Tests.Infrastructure;

/// <summary>Walks pipeline outputs and fails on anything that would root a compilation or break caching.</summary>
internal static class ModelHygiene
{
    /// <summary>
    /// Fails when an output of one of the named steps holds a symbol, syntax, compilation or location. Only the
    /// generator's own steps are walked: Roslyn's internal ForAttributeWithMetadataName steps hold syntax by design.
    /// </summary>
    public static void AssertNoRoslynObjects(GeneratorRunResult result, IEnumerable<string> stepNames)
    {
        foreach (var name in stepNames)
        {
            Assert.True(result.TrackedSteps.TryGetValue(name, out var steps), $"Step '{name}' did not run.");
            foreach (var step in steps)
            {
                foreach (var (value, _) in step.Outputs)
                    Walk(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    /// <summary>The step names a tracking-name class declares as constants.</summary>
    public static IReadOnlyList<string> StepNames(Type trackingNames) =>
        [.. trackingNames.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

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
