namespace MappingDsl.Cli.Tests;

/// <summary>Redirected output (a file, a pipe, CI logs) keeps whole words in table cells.</summary>
public sealed class OutputWidthTests
{
    [Fact]
    public async Task Redirected_maps_table_does_not_fold_cells()
    {
        // A CI runner may export COLUMNS=80; this test is about the default for redirected output.
        var previous = Environment.GetEnvironmentVariable("COLUMNS");
        Environment.SetEnvironmentVariable("COLUMNS", null);
        int code;
        string output, error;
        try
        {
            (code, output, error) = await Cli.RunAsync("maps");
        }
        finally
        {
            Environment.SetEnvironmentVariable("COLUMNS", previous);
        }

        Assert.True(code == 0, error);
        // At Spectre's default 80 columns the Salesmate table folded "TeamInboxThreads" into "TeamInboxThre" / "ads".
        Assert.Contains("│ TeamInboxThreads ", output, StringComparison.Ordinal);
        Assert.Contains("│ SmartFlowMemberships ", output, StringComparison.Ordinal);
        Assert.Contains("shipped with mapdsl", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_width_is_wide_unless_COLUMNS_says_otherwise()
    {
        var previous = Environment.GetEnvironmentVariable("COLUMNS");
        try
        {
            Environment.SetEnvironmentVariable("COLUMNS", null);
            Assert.Equal(Hosting.CliOutput.RedirectedWidth, Hosting.CliOutput.Width(interactive: false));
            Environment.SetEnvironmentVariable("COLUMNS", "132");
            Assert.Equal(132, Hosting.CliOutput.Width(interactive: false));
        }
        finally
        {
            Environment.SetEnvironmentVariable("COLUMNS", previous);
        }
    }
}
