namespace MappingDsl.Dataverse.Auth;

/// <summary>A token could not be acquired. The message never contains a secret.</summary>
/// <param name="message">What went wrong.</param>
public sealed class DataverseAuthenticationException(string message) : Exception(message);
