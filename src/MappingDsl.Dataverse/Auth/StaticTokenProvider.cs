namespace MappingDsl.Dataverse.Auth;

/// <summary>A fixed token (or none): for the emulator, where the token only names the calling user.</summary>
/// <param name="token">The token, or null for no <c>Authorization</c> header.</param>
public sealed class StaticTokenProvider(string? token) : IAccessTokenProvider
{
    /// <summary>A provider that sends no token.</summary>
    public static StaticTokenProvider None { get; } = new(null);

    /// <inheritdoc />
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);

    /// <summary>Never shows the token.</summary>
    public override string ToString() => token is null ? "StaticTokenProvider(none)" : "StaticTokenProvider(***)";
}
