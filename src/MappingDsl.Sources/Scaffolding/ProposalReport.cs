using System.Globalization;
using System.Text;

namespace MappingDsl.Sources.Scaffolding;

/// <summary>The scaffold report: what was proposed (with the reason and score of every match) and what the engineer must decide.</summary>
public static class ProposalReport
{
    /// <summary>The report as Markdown.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="comparison">With <c>--compare</c>: how much of an existing pack the proposal covers; null otherwise.</param>
    public static string Markdown(PackProposal proposal, Comparison? comparison = null)
    {
        var w = new StringBuilder();
        var all = proposal.Pairs.SelectMany(p => p.Assignments).ToList();
        w.AppendLine($"# Proposed {proposal.DisplayName} pack").AppendLine();
        w.AppendLine(CultureInfo.InvariantCulture, $"{proposal.Pairs.Count} pairs, {all.Count} assignments ({all.Count(a => a.Confidence == "high")} high, {all.Count(a => a.Confidence == "medium")} medium, {all.Count(a => a.Confidence == "low")} low confidence), {proposal.Columns.Count} custom columns, {proposal.CustomTables.Count} custom tables, {proposal.Matrices.Count} picklist matrices, {Open(proposal).Count} decisions.");
        w.AppendLine().AppendLine($"Nothing moves until every `{ProposalWriter.Marker}` line is confirmed (delete the comment) or changed.").AppendLine();
        if (comparison is not null)
        {
            w.AppendLine(CultureInfo.InvariantCulture, $"## Compared with the pack `{comparison.Pack}`").AppendLine();
            w.AppendLine(CultureInfo.InvariantCulture, $"Proposed {comparison.Covered.Count} of its {comparison.Covered.Count + comparison.Missed.Count} assignments ({comparison.Coverage:P1}); missed {comparison.Missed.Count}:").AppendLine();
            foreach (var miss in comparison.Missed)
                w.AppendLine($"- missed: {miss.Pair} `{miss.Target}.{miss.Column}` ← {string.Join(", ", miss.SourceFields.Select(f => $"`{f}`"))} (written as `{miss.Expression}`)");
            w.AppendLine();
        }
        w.AppendLine("## To decide").AppendLine();
        foreach (var line in Open(proposal))
            w.AppendLine("- " + line);
        foreach (var pair in proposal.Pairs)
        {
            w.AppendLine().AppendLine($"## {pair.SourceObject} → {string.Join(" or ", pair.Targets)} (`{pair.Name}`, module `{pair.Module}`)").AppendLine();
            w.AppendLine("| Table | Column | From | Confidence | Score | Why |").AppendLine("|---|---|---|---|---|---|");
            foreach (var a in pair.Assignments)
                w.AppendLine(CultureInfo.InvariantCulture, $"| {a.Target} | `{a.Column}`{(a.NewColumn ? " (new)" : "")} | `{a.SourceField}` | {a.Confidence} | {a.Score:0.00} | {a.Why} |");
            foreach (var (field, reason) in pair.Ignored)
                w.AppendLine($"| — | — | `{field}` | ignored | — | {reason} |");
        }
        if (proposal.Matrices.Count > 0)
        {
            w.AppendLine().AppendLine("## Picklist matrices").AppendLine();
            w.AppendLine("| Matrix | Discovered | Value | Proposed | Why |").AppendLine("|---|---|---|---|---|");
            foreach (var m in proposal.Matrices)
            {
                foreach (var row in m.Rows)
                    w.AppendLine($"| `{m.Method}` | {m.Discovered} | {row.Value} | {row.Option ?? "**decide**"} | {row.Why} |");
            }
        }
        return w.ToString();
    }

    /// <summary>Every open decision: the scaffolder's own, matrix rows without an option, low-confidence matches.</summary>
    /// <param name="proposal">The proposal.</param>
    public static IReadOnlyList<string> Open(PackProposal proposal)
    {
        var open = proposal.Decisions.Select(d => d.Pair is null ? d.What : $"{d.Pair}: {d.What}").ToList();
        foreach (var m in proposal.Matrices)
        {
            foreach (var row in m.Rows.Where(r => r.Option is null))
                open.Add($"{m.Method}: the value \"{row.Value}\" ({m.Discovered}) has no matching option; {row.Why}.");
        }
        foreach (var pair in proposal.Pairs)
        {
            foreach (var a in pair.Assignments.Where(a => a.Confidence == "low" && !a.NewColumn))
                open.Add($"{pair.Name}: `{a.Target}.{a.Column}` ← `{a.SourceField}` is a weak match ({a.Why}); confirm or remove.");
        }
        return open;
    }
}
