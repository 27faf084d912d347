namespace MappingDsl.Entities;

/// <summary>Salesmate columns on tasks.</summary>
public partial class Task : SalesmateActivity, IActivityColumns;
