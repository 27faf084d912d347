namespace MappingDsl.Cli.Tests;

public sealed class ParsingTests
{
    [Theory]
    [InlineData("demo")]
    [InlineData("maps")]
    [InlineData("metadata", "pull")]
    [InlineData("discover")]
    [InlineData("plan")]
    [InlineData("provision")]
    [InlineData("migrate")]
    [InlineData("delta")]
    [InlineData("reconcile")]
    [InlineData("rollback")]
    [InlineData("docs")]
    [InlineData("emulate")]
    public async Task Every_command_has_help(params string[] command)
    {
        var (code, output, _) = await Cli.RunAsync([.. command, "--help"]);

        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("--json", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_help_lists_the_commands_and_exit_codes()
    {
        var (code, output, _) = await Cli.RunAsync("--help");

        Assert.Equal(0, code);
        Assert.Contains("migrate <pack>", output, StringComparison.Ordinal);
        Assert.Contains("130 interrupted", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("migrate")]
    [InlineData("migrate", "Salesmate", "--source", "file:x")]
    [InlineData("emulate", "hubspot")]
    [InlineData("rollback")]
    public async Task Usage_errors_exit_with_2_and_say_what_is_wrong(params string[] args)
    {
        var (code, _, error) = await Cli.RunAsync(args);

        Assert.Equal(2, code);
        Assert.StartsWith("mapdsl: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_is_a_usage_error()
    {
        var (code, _, _) = await Cli.RunAsync();

        Assert.Equal(2, code);
    }
}
