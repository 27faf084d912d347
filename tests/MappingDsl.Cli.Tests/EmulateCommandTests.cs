using System.Text.Json;

namespace MappingDsl.Cli.Tests;

public sealed class EmulateCommandTests
{
    [Fact]
    public async Task The_dataverse_emulator_announces_its_loopback_address_and_stops_on_ctrl_c()
    {
        using var stop = new CancellationTokenSource();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var run = MapdslApp.RunAsync(["emulate", "dataverse", "--json"], output, error, interactive: false, stop.Token);
        while (!run.IsCompleted && !output.ToString().Contains("url", StringComparison.Ordinal))
            await Task.Delay(20);

        await stop.CancelAsync();
        var code = await run;

        Assert.Equal(0, code);
        using var announced = JsonDocument.Parse(output.ToString());
        Assert.StartsWith("http://127.0.0.1:", announced.RootElement.GetProperty("url").GetString(), StringComparison.Ordinal);
    }
}
