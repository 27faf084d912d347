using System.Text;

namespace MappingDsl.Dataverse.Provisioning;

/// <summary>The difference between a manifest and an org: the steps that would make the org match, in order.</summary>
/// <param name="Pack">The pack.</param>
/// <param name="Steps">The steps.</param>
/// <param name="CustomTablesInOrg">Custom tables the org already has.</param>
/// <param name="CustomTableLimit">The edition's limit, or null.</param>
public sealed record ProvisioningPlan(string Pack, IReadOnlyList<ProvisioningStep> Steps, int CustomTablesInOrg, int? CustomTableLimit)
{
    /// <summary>True when the org already matches the manifest.</summary>
    public bool IsEmpty => Steps.Count == 0;

    /// <summary>Custom tables the plan would add.</summary>
    public int NewTables => Steps.Count(s => s.Kind == ProvisioningStepKind.CreateTable);

    /// <summary>The plan as text, one step a line (the dry run's output).</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append("Provisioning plan for ").Append(Pack).Append(": ");
        if (IsEmpty) return text.Append("no changes; the org already matches the manifest.").ToString();
        text.Append(Steps.Count).Append(" change(s)");
        if (CustomTableLimit is { } limit) text.Append(", custom tables ").Append(CustomTablesInOrg + NewTables).Append('/').Append(limit);
        text.AppendLine();
        foreach (var step in Steps) text.Append("  + ").AppendLine(step.Description);
        return text.ToString();
    }
}
