using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace MappingDsl.Dataverse.Auth;

/// <summary>
/// Client-credentials (application user) tokens from Microsoft Entra ID through MSAL, with a client secret or a
/// certificate. MSAL caches and refreshes the token; the secret is held only inside MSAL and never logged.
/// </summary>
public sealed class MsalClientCredentialsTokenProvider : IAccessTokenProvider
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    private MsalClientCredentialsTokenProvider(IConfidentialClientApplication app, Uri organization)
    {
        _app = app;
        _scopes = [new Uri(organization, "/.default").ToString()];
    }

    /// <summary>Creates a provider that authenticates with a client secret.</summary>
    /// <param name="tenantId">The Entra tenant id.</param>
    /// <param name="clientId">The application (client) id.</param>
    /// <param name="clientSecret">The client secret.</param>
    /// <param name="organization">The org URL, for example <c>https://contoso.crm.dynamics.com</c>.</param>
    public static MsalClientCredentialsTokenProvider WithSecret(string tenantId, string clientId, string clientSecret, Uri organization) =>
        new(ConfidentialClientApplicationBuilder.Create(clientId)
            .WithTenantId(tenantId)
            .WithClientSecret(clientSecret)
            .Build(), organization);

    /// <summary>Creates a provider that authenticates with a certificate.</summary>
    /// <param name="tenantId">The Entra tenant id.</param>
    /// <param name="clientId">The application (client) id.</param>
    /// <param name="certificate">The certificate with its private key.</param>
    /// <param name="organization">The org URL.</param>
    public static MsalClientCredentialsTokenProvider WithCertificate(string tenantId, string clientId, X509Certificate2 certificate, Uri organization) =>
        new(ConfidentialClientApplicationBuilder.Create(clientId)
            .WithTenantId(tenantId)
            .WithCertificate(certificate)
            .Build(), organization);

    /// <inheritdoc />
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            // MSAL messages never contain the secret, but keep only the error code so nothing sensitive can leak.
            throw new DataverseAuthenticationException($"Could not acquire a Dataverse token (MSAL error '{ex.ErrorCode}').");
        }
    }
}
