namespace MappingDsl.Cli.Tests;

[Collection(nameof(TestPackCollection))]
public sealed class ConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdsl-cli-").FullName;

    public ConfigurationTests() => TestPackFiles.Register();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task An_unknown_pack_is_a_usage_error_that_lists_the_known_ones()
    {
        var (code, _, error) = await Cli.RunAsync("docs", "NoSuchPack", "--out", _folder);

        Assert.Equal(2, code);
        Assert.Contains("No map pack named 'NoSuchPack'", error, StringComparison.Ordinal);
        Assert.Contains(TestPackFiles.Name, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_sample_is_a_usage_error()
    {
        var (code, _, error) = await Cli.RunAsync("migrate", TestPackFiles.Name, "--source", "file:" + _folder, "--target", "emulator", "--sample", "lots");

        Assert.Equal(2, code);
        Assert.Contains("Sample 'lots'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_source_folder_is_a_usage_error()
    {
        var (code, _, error) = await Cli.RunAsync("migrate", TestPackFiles.Name, "--source", "file:" + Path.Combine(_folder, "nope"), "--target", "emulator");

        Assert.Equal(2, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://org.example.com", "plain http is only for a local emulator")]
    [InlineData("https://admin:hunter2@org.crm.dynamics.com", "credentials never go in an address")]
    [InlineData("ftp://org", "is not file:<dir>")]
    public async Task Target_addresses_are_checked(string target, string message)
    {
        var (code, output, error) = await Cli.RunAsync("plan", TestPackFiles.Name, "--target", target);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_org_without_credentials_names_the_environment_variables()
    {
        Assert.Null(Environment.GetEnvironmentVariable("MAPDSL_DATAVERSE_CLIENT_SECRET"));

        var (code, _, error) = await Cli.RunAsync("plan", TestPackFiles.Name, "--target", "https://contoso.crm.dynamics.com");

        Assert.Equal(2, code);
        Assert.Contains("MAPDSL_DATAVERSE_CLIENT_SECRET", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_journal_is_a_usage_error()
    {
        var (code, _, error) = await Cli.RunAsync("rollback", "--journal", Path.Combine(_folder, "none.db"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }
}
