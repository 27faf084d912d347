using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MappingDsl.Generators.Common;

/// <summary>A source location without the syntax tree behind it, so a model holding it stays cacheable.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>An external-file location: right file and lines, but outside any tree, so no pragma reaches it.</summary>
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>The location re-created in the compilation's own tree, when the span still fits it.</summary>
    public Location ToLocation(SyntaxTree tree) =>
        Span.End <= tree.Length ? Location.Create(tree, Span) : ToLocation();

    public static LocationInfo? From(Location? location) =>
        location is null || location.SourceTree is null
            ? null
            : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);

    public static LocationInfo? From(SyntaxNode? node) => From(node?.GetLocation());
}
