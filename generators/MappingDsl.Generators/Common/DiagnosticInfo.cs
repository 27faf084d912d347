using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Common;

/// <summary>
/// A diagnostic as data: descriptor, string arguments and location, compared by value (a
/// <see cref="Diagnostic"/> is not equatable and would root the compilation).
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
{
    /// <summary>
    /// The severity a pack setting asks for instead of the descriptor's default (MDSL002 under
    /// <c>UnmappedSourceMembers = Strictness.Error</c>), or null. .editorconfig still overrides either.
    /// </summary>
    public DiagnosticSeverity? Severity { get; init; }

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor, location, arguments.ToEquatableArray());

    /// <summary>The diagnostic at an external-file location (metadata files, or when the source tree is unknown).</summary>
    public Diagnostic ToDiagnostic() => ToDiagnostic(Location?.ToLocation());

    /// <summary>
    /// The diagnostic at its location in <paramref name="tree"/>, the compilation's tree of its file, so
    /// <c>#pragma warning disable</c> and <c>[SuppressMessage]</c> reach it; an external location without one.
    /// </summary>
    public Diagnostic ToDiagnostic(SyntaxTree? tree) =>
        ToDiagnostic(tree is not null && Location is { } at ? at.ToLocation(tree) : Location?.ToLocation());

    private Diagnostic ToDiagnostic(Location? location)
    {
        var arguments = Arguments.ToArray<object>();
        return Severity is { } severity
            ? Diagnostic.Create(Descriptor, location, severity, additionalLocations: null, properties: null, arguments)
            : Diagnostic.Create(Descriptor, location, arguments);
    }
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
