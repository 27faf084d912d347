namespace MappingDsl.Dataverse.Auth;

/// <summary>Supplies the bearer token the client sends with every request.</summary>
public interface IAccessTokenProvider
{
    /// <summary>Returns a bearer token, or null to send no <c>Authorization</c> header.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
