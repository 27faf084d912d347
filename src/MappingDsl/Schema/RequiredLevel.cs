namespace MappingDsl;

/// <summary>Dataverse <c>RequiredLevel.Value</c>. The server enforces only <see cref="SystemRequired"/>; the
/// generator treats <see cref="ApplicationRequired"/> as required too, because users will open these records in forms.</summary>
public enum RequiredLevel
{
    /// <summary>Optional.</summary>
    None = 0,
    /// <summary>Required by the platform.</summary>
    SystemRequired = 1,
    /// <summary>Required by the business (forms refuse to save without it).</summary>
    ApplicationRequired = 2,
    /// <summary>Recommended.</summary>
    Recommended = 3,
}
