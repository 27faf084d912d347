using System.Globalization;
using MappingDsl.Maps.Wetroo.Source;

namespace MappingDsl.Maps.Wetroo;

public static partial class WetrooPack
{
    /// <summary>
    /// Each Wetroo pipeline is one value of the opportunity's wt_pipeline choice (Dataverse has no Record Type) and one
    /// sales process the admin configures as a business process flow, from this inventory, before opportunities load.
    /// </summary>
    [Pair("Pipeline", Module = "pipeline", TargetDescription = "Choice column wt_pipeline on opportunity (the Record Type stand-in) + sales process inventory")]
    [Lossy("Dataverse has no Record Type and no per-pipeline stage list: the pipeline is a choice value, and its stages share the four sales stages")]
    [Ignore(nameof(WtPipeline.UpdatedAt), Reason = "Definitions are re-read in full on every run")]
    public static InventoryRow Pipelines(WtPipeline s, MapContext m) => new()
    {
        ["Pipeline"] = s.Name,
        ["Default pipeline"] = s.IsDefault == true ? "yes" : "no",
        ["wt_pipeline value"] = PipelineValue(s.Name),
        ["Stages (order. name, probability %)"] = StageList(s.Stages),
    };

    /// <summary>
    /// Each Wetroo stage with its order, probability and the Dynamics 365 sales stage the stage matrix gives it, for the
    /// admin who checks the matrix and builds the business process flows. Stages load on each opportunity, not here.
    /// </summary>
    [Pair("Pipeline Stages", Module = "stage", TargetDescription = "Opportunity sales stage (stage matrix) + wt_originalstage and wt_stageorder")]
    [Lossy("Dataverse's sales process has four stages (Qualify, Develop, Propose, Close); Wetroo's customer-defined stages are mapped to the nearest one, the original name and order kept in custom columns")]
    [Ignore(nameof(WtStage.PipelineId), Reason = "The pipeline's name is listed")]
    [Ignore(nameof(WtStage.UpdatedAt), Reason = "Definitions are re-read in full on every run")]
    public static InventoryRow PipelineStages(WtStage s, MapContext m) => new()
    {
        ["Pipeline"] = s.Pipeline,
        ["Order"] = s.Order?.ToString(CultureInfo.InvariantCulture),
        ["Stage"] = s.Name,
        ["Probability %"] = s.Probability?.ToString(CultureInfo.InvariantCulture),
        ["Outcome"] = s.Outcome,
        ["Dynamics 365 sales stage"] = SalesStageOf(s.Name),
    };

    private static string? PipelineValue(string? name)
    {
        try
        {
            return Pipeline(name) is { } value ? ((int)value).ToString(CultureInfo.InvariantCulture) + " " + value : null;
        }
        catch (UnmappedValueException)
        {
            return "NOT IN THE PIPELINE MATRIX";
        }
    }

    private static string StageList(IReadOnlyList<WtStage>? stages)
    {
        var text = new System.Text.StringBuilder();
        foreach (var stage in stages ?? [])
            text.Append(text.Length == 0 ? "" : "; ").Append(stage.Order).Append(". ").Append(stage.Name).Append(" (").Append(stage.Probability).Append(')');
        return text.ToString();
    }

    // Shows the customer where each stage lands; a stage the matrix does not know says so rather than failing the row.
    private static string SalesStageOf(string? stage)
    {
        try
        {
            return Stage(stage)?.ToString() ?? "(none)";
        }
        catch (UnmappedValueException)
        {
            return "NOT IN THE STAGE MATRIX";
        }
    }
}
