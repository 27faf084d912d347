using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Packs.Model;

/// <summary>Everything the generator knows about one <c>[MapPack]</c> class, as plain values.</summary>
internal sealed record PackModel
{
    /// <summary>The pack class's namespace; empty for the global namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>The pack class's name.</summary>
    public required string ClassName { get; init; }

    /// <summary>The pack's name, <c>[MapPack("name")]</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The publisher prefix of every column the pack adds.</summary>
    public required string Publisher { get; init; }

    /// <summary>The source system's display name.</summary>
    public required string Source { get; init; }

    /// <summary>The pack's version.</summary>
    public required string Version { get; init; }

    /// <summary>The Dynamics 365 edition member name the pack targets (<c>SalesEnterprise</c> …).</summary>
    public required string Edition { get; init; }

    /// <summary>How a source member that is neither read nor ignored is reported (MDSL002).</summary>
    public required UnmappedStrictness UnmappedSourceMembers { get; init; }

    /// <summary>The culture name inventory cells are formatted in (<c>[MapPack(InventoryCulture = …)]</c>); empty for invariant.</summary>
    public string InventoryCulture { get; init; } = "";

    /// <summary>The fully qualified JsonSerializerContext, or null when the pack names none.</summary>
    public required string? JsonContext { get; init; }

    /// <summary>The pack class's name in source, for diagnostics.</summary>
    public required LocationInfo? Location { get; init; }

    /// <summary>The pairs, in declaration order.</summary>
    public required EquatableArray<PairModel> Pairs { get; init; }

    /// <summary>The picklist matrices.</summary>
    public required EquatableArray<PicklistModel> Picklists { get; init; }

    /// <summary>The fully qualified name of the pack class.</summary>
    public string FullName => Namespace.Length == 0 ? "global::" + ClassName : "global::" + Namespace + "." + ClassName;
}

/// <summary>How a pack reports a source member neither read nor ignored; mirrors <c>MappingDsl.Strictness</c>.</summary>
internal enum UnmappedStrictness
{
    /// <summary>Not reported.</summary>
    Ignore = 0,

    /// <summary>Reported at the descriptor's default severity (a warning).</summary>
    Warning = 1,

    /// <summary>Reported as an error.</summary>
    Error = 2,
}

/// <summary>A parse: the model (null when the pack cannot be read at all) and the problems found reading it.</summary>
internal sealed record PackParse(PackModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A validated pack: the model to emit (null when any error was found) and every diagnostic.</summary>
internal sealed record PackResult(PackModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One generated file.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
