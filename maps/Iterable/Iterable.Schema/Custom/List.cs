namespace MappingDsl.Entities;

/// <summary>Iterable columns on marketing lists.</summary>
public partial class List
{
    /// <summary>Iterable listType (Standard, Dynamic, Suppression): Dynamics has no analog (the scope's list_status__c).</summary>
    [global::MappingDsl.CustomColumn(global::MappingDsl.ColumnType.String, MaxLength = 50, Label = "List status")]
    public string? ib_ListStatus { get; set; }

}
