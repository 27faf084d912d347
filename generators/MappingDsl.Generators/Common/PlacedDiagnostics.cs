using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Common;

/// <summary>
/// Diagnostics carried as data, each paired with the compilation's syntax tree of its file, so its location is
/// re-created in that tree: that is what lets <c>#pragma warning disable</c> and <c>[SuppressMessage]</c> reach a
/// generator diagnostic (an external-file location is never suppressed).
/// </summary>
/// <remarks>
/// Only the reporting output is combined with the compilation, through this value, never the models or emission. It
/// compares the diagnostics by value and the trees by reference: an edit elsewhere (a new file, a clone of the
/// compilation) leaves the same trees, so the output stays cached; an edit to a file with a diagnostic replaces its
/// tree and re-reports it at its new position. It holds only the trees its diagnostics point into.
/// </remarks>
internal sealed class PlacedDiagnostics : IEquatable<PlacedDiagnostics>
{
    private readonly EquatableArray<DiagnosticInfo> _diagnostics;
    private readonly SyntaxTree?[] _trees;

    private PlacedDiagnostics(EquatableArray<DiagnosticInfo> diagnostics, SyntaxTree?[] trees)
    {
        _diagnostics = diagnostics;
        _trees = trees;
    }

    public static PlacedDiagnostics Place(EquatableArray<DiagnosticInfo> diagnostics, Compilation compilation)
    {
        var trees = new SyntaxTree?[diagnostics.Count];
        if (diagnostics.Count == 0)
            return new PlacedDiagnostics(diagnostics, trees);
        var byPath = new Dictionary<string, SyntaxTree>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!byPath.ContainsKey(tree.FilePath))
                byPath[tree.FilePath] = tree;
        }
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].Location is { } location && byPath.TryGetValue(location.FilePath, out var tree))
                trees[i] = tree;
        }
        return new PlacedDiagnostics(diagnostics, trees);
    }

    public void Report(SourceProductionContext context)
    {
        for (var i = 0; i < _diagnostics.Count; i++)
            context.ReportDiagnostic(_diagnostics[i].ToDiagnostic(_trees[i]));
    }

    public bool Equals(PlacedDiagnostics? other)
    {
        if (other is null || !_diagnostics.Equals(other._diagnostics))
            return false;
        for (var i = 0; i < _trees.Length; i++)
        {
            if (!ReferenceEquals(_trees[i], other._trees[i]))
                return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as PlacedDiagnostics);

    public override int GetHashCode() => _diagnostics.GetHashCode();
}
