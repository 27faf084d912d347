using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Each Salesmate pipeline and its stages, with Salesmate's probabilities as the source of truth, listed for the
    /// admin who configures the Dynamics 365 sales process (one business process flow per sm_pipeline value) before
    /// opportunities load. Nothing is loaded: stages live on each opportunity through the stage matrix.
    /// </summary>
    [Pair("Deal Stage", Module = "pipeline", TargetDescription = "Opportunity sales stage and business process flow (configured from this inventory)")]
    [Lossy("Dataverse's sales process has four stages (Qualify, Develop, Propose, Close); Salesmate pipelines may have more, so several stages share one")]
    public static InventoryRow DealStages(SmPipeline s, MapContext m) => new()
    {
        ["Pipeline"] = s.Pipeline,
        ["Default pipeline"] = s.IsDefault == true ? "yes" : "no",
        ["Stages (probability %)"] = StageList(s.Stages),
        ["Dataverse sales stages"] = SalesStageList(s.Stages),
    };

    private static string StageList(IReadOnlyList<SmStage>? stages)
    {
        var text = new System.Text.StringBuilder();
        foreach (var stage in stages ?? [])
            text.Append(text.Length == 0 ? "" : "; ").Append(stage.Stage).Append(" (").Append(stage.Probability).Append(')');
        return text.ToString();
    }

    // Shows the customer where each of their stages lands; a stage the matrix does not know says so.
    private static string SalesStageList(IReadOnlyList<SmStage>? stages)
    {
        var text = new System.Text.StringBuilder();
        foreach (var stage in stages ?? [])
        {
            string target;
            try
            {
                target = Stage(stage.Stage)?.ToString() ?? "(none)";
            }
            catch (UnmappedValueException)
            {
                target = "NOT IN THE STAGE MATRIX";
            }
            text.Append(text.Length == 0 ? "" : "; ").Append(stage.Stage).Append(" → ").Append(target);
        }
        return text.ToString();
    }
}
