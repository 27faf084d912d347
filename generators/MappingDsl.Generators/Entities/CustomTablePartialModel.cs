using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Entities;

/// <summary>A user-declared <c>[CustomTable]</c> class, reduced to the strings its generated partial needs.</summary>
/// <param name="Namespace">The class's namespace; empty for the global namespace.</param>
/// <param name="ContainingTypes">Declarations of the types it is nested in, outermost first (<c>partial class Outer</c>).</param>
/// <param name="Declaration">The class's own name with type parameters (<c>Thread</c>).</param>
/// <param name="MetadataName">The fully qualified metadata name, unique per type; used for the hint name.</param>
internal sealed record CustomTablePartialModel(
    string Namespace,
    EquatableArray<string> ContainingTypes,
    string Declaration,
    string MetadataName,
    string LogicalName,
    string PrimaryName);
