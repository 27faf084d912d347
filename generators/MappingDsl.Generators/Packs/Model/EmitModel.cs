using System.Linq;
using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Packs.Model;

/// <summary>
/// The model emission reads: the validated <see cref="PackModel"/> with every <see cref="LocationInfo"/> removed.
/// Locations serve diagnostics only (their own output); without them, moving a pair down a line or editing a
/// comment above it leaves this model equal, so no emission step re-runs.
/// </summary>
internal static class EmitModel
{
    public static PackModel WithoutLocations(PackModel pack) => pack with
    {
        Location = null,
        Pairs = pack.Pairs.Select(Pair).ToEquatableArray(),
        Picklists = pack.Picklists.Select(p => p with { Location = null, SwitchLocation = null }).ToEquatableArray(),
    };

    private static PairModel Pair(PairModel pair) => pair with
    {
        Location = null,
        SplitMatrixLocation = null,
        Ignored = pair.Ignored.Select(i => i with { Location = null }).ToEquatableArray(),
        LeftUnset = pair.LeftUnset.Select(i => i with { Location = null }).ToEquatableArray(),
        References = pair.References.Select(r => r with { Location = null }).ToEquatableArray(),
        Records = pair.Records.Select(Record).ToEquatableArray(),
    };

    private static RecordModel Record(RecordModel record) => record with
    {
        Location = null,
        Entity = record.Entity is { CustomTable: { } table } entity ? entity with { CustomTable = table with { Location = null } } : record.Entity,
        Assignments = record.Assignments.Select(a => a with { Location = null }).ToEquatableArray(),
    };
}
