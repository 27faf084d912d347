using System.Collections.Generic;
using System.Threading;
using MappingDsl.Generators.Common;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Packs.Parsing;

/// <summary>What every parser of one pack shares: the compilation, the pack type, the problems found so far.</summary>
internal sealed class ParseContext(Compilation compilation, INamedTypeSymbol pack, CancellationToken token)
{
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();

    public INamedTypeSymbol Pack { get; } = pack;

    public CancellationToken Token { get; } = token;

    public EntityReader Entities { get; } = new();

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public SemanticModel Model(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model))
        {
            model = compilation.GetSemanticModel(tree);
            _models[tree] = model;
        }
        return model;
    }

    public void Report(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.From(location), arguments));

    public void Report(DiagnosticDescriptor descriptor, SyntaxNode node, params string[] arguments) =>
        Report(descriptor, node.GetLocation(), arguments);

    /// <summary>True when the symbol is a method of this pack marked with the attribute.</summary>
    public bool IsPackMethod(ISymbol? symbol, string attribute) =>
        symbol is IMethodSymbol method
        && SymbolEqualityComparer.Default.Equals(method.ContainingType, Pack)
        && SymbolReading.Attribute(method, attribute) is not null;
}
