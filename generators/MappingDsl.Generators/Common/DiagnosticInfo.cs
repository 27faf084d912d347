using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Common;

/// <summary>
/// A diagnostic as data: descriptor, string arguments and location, compared by value (a
/// <see cref="Diagnostic"/> is not equatable and would root the compilation).
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor, location, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation(), Arguments.ToArray<object>());
}

internal static class DiagnosticInfoExtensions
{
    public static object[] ToArray<T>(this EquatableArray<string> items)
    {
        var result = new object[items.Count];
        for (var i = 0; i < items.Count; i++)
            result[i] = items[i];
        return result;
    }
}
