using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Packs.Model;

/// <summary>How a pair's records land: the three <c>PairKind</c>s of the catalog.</summary>
internal enum PairShape
{
    OneToOne,
    Split,
    DocumentationOnly,
}

/// <summary>One <c>[Pair]</c> method.</summary>
internal sealed record PairModel(
    string Name,
    string SourceObject,
    string Module,
    string TargetDescription,
    string Description,
    string? LossyReason,
    string SourceType,
    string SourceTypeName,
    SourceKeyModel? SourceKey,
    EquatableArray<SourceMemberModel> SourceMembers,
    EquatableArray<string> MembersRead,
    EquatableArray<IgnoreModel> Ignored,
    EquatableArray<IgnoreModel> LeftUnset,
    PairShape Shape,
    string ReturnType,
    string? SplitCondition,
    EquatableArray<RecordModel> Records,
    EquatableArray<ReferenceModel> References,
    LocationInfo? Location)
{
    /// <summary>For a split whose condition calls a <c>[Picklist]</c> method: that method's name (a split matrix).</summary>
    public string? SplitMatrix { get; init; }

    /// <summary>Where the split matrix is called, for its diagnostics.</summary>
    public LocationInfo? SplitMatrixLocation { get; init; }

    /// <summary>The pairs a documentation-only pair's inventory configures the target for (<c>Configures</c>); phase 0.</summary>
    public EquatableArray<string> Configures { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Whether the pair loads after every other loading pair (<c>LoadLast</c>).</summary>
    public bool LoadLast { get; init; }

    /// <summary>Where the build differs from the scope row (<c>Deviation</c>), or empty.</summary>
    public string Deviation { get; init; } = "";

    /// <summary>Records per journaled batch (<c>BatchSize</c>), or null for the run-wide size.</summary>
    public int? BatchSize { get; init; }

    /// <summary>The using directives of the files the pair's expressions come from, for its direct-write twin.</summary>
    public EquatableArray<string> Usings { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The pair method's source parameter name, which its expressions use.</summary>
    public string SourceParameter { get; init; } = "s";

    /// <summary>The pair method's <c>MapContext</c> parameter name, which its expressions use.</summary>
    public string ContextParameter { get; init; } = "m";

    /// <summary>Why the syntax rules out a direct-write twin (see <c>DirectTransformEmitter</c>), or empty.</summary>
    public string DirectBlocker { get; init; } = "";
}

/// <summary>The source type's key member.</summary>
internal sealed record SourceKeyModel(string Member, bool IsString, bool IsNullableValue);

/// <summary>A public member of a source type and what can be lost reading it.</summary>
internal sealed record SourceMemberModel(string Name, int MaxLength)
{
    /// <summary>The JSON key the member reads: its <c>[JsonPropertyName]</c>, else its name.</summary>
    public string JsonName { get; init; } = Name;

    /// <summary>
    /// The JSON keys of the member's own members when it is an object (a source's <c>custom_fields</c> block), one
    /// level deep: a custom field read there has a member too (MDSL020).
    /// </summary>
    public EquatableArray<string> NestedJsonNames { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>An <c>[Ignore]</c> (source member) or <c>[LeaveUnset]</c> (target property) on a pair.</summary>
internal sealed record IgnoreModel(string Member, string Reason, LocationInfo? Location);

/// <summary>An <c>m.Ref</c>, <c>m.RefLater</c> or <c>m.Party</c> call; <see cref="Pair"/> is null when its first argument is not a method of the pack.</summary>
internal sealed record ReferenceModel(string? Pair, string Text, bool Deferred, LocationInfo? Location);
