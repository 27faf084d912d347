namespace MappingDsl.Sources.Scaffolding;

/// <summary>One assignment of an existing (hand-written) pack: <c>Target.Column</c> computed from some source fields.</summary>
/// <param name="Pair">The pair's name.</param>
/// <param name="Module">The source module the pair reads.</param>
/// <param name="Target">The target table.</param>
/// <param name="Column">The column.</param>
/// <param name="SourceFields">The JSON keys of the source fields its expression reads.</param>
/// <param name="Expression">The expression, as written.</param>
public sealed record ExpectedAssignment(string Pair, string Module, string Target, string Column, IReadOnlyList<string> SourceFields, string Expression);

/// <summary>How much of an existing pack a proposal covers, and which of its assignments it missed.</summary>
/// <param name="Pack">The existing pack's name.</param>
/// <param name="Covered">Assignments the proposal also makes.</param>
/// <param name="Missed">Assignments the proposal does not make.</param>
public sealed record Comparison(string Pack, IReadOnlyList<ExpectedAssignment> Covered, IReadOnlyList<ExpectedAssignment> Missed)
{
    /// <summary>Covered over all compared assignments, 0 to 1.</summary>
    public double Coverage => Covered.Count + Missed.Count == 0 ? 1 : (double)Covered.Count / (Covered.Count + Missed.Count);
}

/// <summary>Compares a proposal with an existing pack, assignment by assignment.</summary>
public static class ProposalComparison
{
    /// <summary>
    /// An existing assignment is covered when the proposal's pair for the same module sets the same column of the same
    /// table from one of the fields the existing expression reads. Assignments that read no source field (constants)
    /// are left out: there is nothing to match them from.
    /// </summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="pack">The existing pack's name.</param>
    /// <param name="existing">The existing pack's assignments.</param>
    public static Comparison Compare(PackProposal proposal, string pack, IEnumerable<ExpectedAssignment> existing)
    {
        var proposed = proposal.Pairs
            .SelectMany(p => p.Assignments.Select(a => (p.Module, a.Target, a.Column, Field: a.SourceField)))
            .ToHashSet();
        var covered = new List<ExpectedAssignment>();
        var missed = new List<ExpectedAssignment>();
        foreach (var e in existing.Where(e => e.SourceFields.Count > 0))
        {
            var hit = e.SourceFields.Any(f => proposed.Any(p => p.Module == e.Module && p.Target == e.Target && p.Column == e.Column
                && string.Equals(p.Field, f, StringComparison.OrdinalIgnoreCase)));
            (hit ? covered : missed).Add(e);
        }
        return new Comparison(pack, covered, missed);
    }
}
