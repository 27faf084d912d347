namespace MappingDsl.Dataverse.Provisioning;

/// <summary>The plan would take the org past its edition's custom-table limit; nothing was changed.</summary>
/// <param name="message">What would exceed the limit.</param>
public sealed class ProvisioningLimitException(string message) : Exception(message);
