namespace MappingDsl.Entities;

/// <summary>Acme's columns on accounts; the publisher prefix starts every custom name (MDSL010).</summary>
public partial class Account
{
    /// <summary>Acme's company tier, kept as text.</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 100, Label = "Acme tier")]
    public string? pubprefix_Tier { get; set; }
}
