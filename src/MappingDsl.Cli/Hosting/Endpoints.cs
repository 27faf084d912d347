namespace MappingDsl.Cli.Hosting;

/// <summary>Checks on <c>--source</c>/<c>--target</c> addresses shared by both kinds of endpoint.</summary>
internal static class Endpoints
{
    /// <summary>An https address, or http on the loopback interface (an emulator); never one with credentials in it.</summary>
    /// <param name="spec">The address.</param>
    /// <param name="option">The option it came from, for the message.</param>
    public static Uri ParseHttp(string spec, string option)
    {
        if (!Uri.TryCreate(spec, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new UsageException($"{option}: '{spec}' is not file:<dir>, https://…, http://127.0.0.1:<port> or emulator");
        if (uri.UserInfo.Length > 0)
            throw new UsageException($"{option}: credentials never go in an address; use the environment variables in docs/cli.md");
        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            throw new UsageException($"{option}: plain http is only for a local emulator (127.0.0.1); use https");
        return uri;
    }

    public static bool IsLoopback(Uri uri) => uri.IsLoopback;
}
