namespace MappingDsl.Cli.Tests;

// Runs mapdsl in-process with captured output, as a script would see it (no terminal, no colours).
internal static class Cli
{
    public static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await MapdslApp.RunAsync(args, output, error, interactive: false, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
