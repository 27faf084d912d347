using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Packs;

/// <summary>Everything the generator knows about one <c>[MapPack]</c> class, as plain values.</summary>
internal sealed record PackModel(
    string Namespace,
    string ClassName,
    string Name,
    string Publisher,
    string Source,
    string Version,
    string Edition,
    int UnmappedSourceMembers,
    string? JsonContext,
    LocationInfo? Location,
    EquatableArray<PairModel> Pairs,
    EquatableArray<PicklistModel> Picklists)
{
    /// <summary>The fully qualified name of the pack class.</summary>
    public string FullName => Namespace.Length == 0 ? "global::" + ClassName : "global::" + Namespace + "." + ClassName;
}

/// <summary>A parse: the model (null when the pack cannot be read at all) and the problems found reading it.</summary>
internal sealed record PackParse(PackModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A validated pack: the model to emit (null when any error was found) and every diagnostic.</summary>
internal sealed record PackResult(PackModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One generated file.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
