namespace MappingDsl;

/// <summary>
/// Marks the member of a source record type that holds the record's id in the source system. Every pair writes it
/// to the pack's source-id column, provisioned with an alternate key, so loads are idempotent upserts and deltas and
/// lookups find the record again.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class SourceKeyAttribute : Attribute;
