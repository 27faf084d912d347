using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Auth;

namespace MappingDsl.Cli.Tests;

/// <summary>Issue #16: a target names several application users through numbered environment variables.</summary>
public sealed class TargetIdentitiesTests
{
    private static readonly Uri Org = new("https://contoso.crm.dynamics.com");

    private static IReadOnlyList<IAccessTokenProvider> Read(bool loopback, params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => v.Value);
        return TargetIdentities.Read(Org, loopback, name => environment.GetValueOrDefault(name));
    }

    private static async Task<List<string>> TokensAsync(IReadOnlyList<IAccessTokenProvider> providers) =>
        [.. (await Task.WhenAll(providers.Select(p => p.GetTokenAsync(CancellationToken.None).AsTask()))).Select(t => t ?? "(none)")];

    [Fact]
    public async Task Numbered_variables_add_identities_after_the_unsuffixed_one()
    {
        var providers = Read(false, ("MAPDSL_DATAVERSE_TOKEN", "t1"), ("MAPDSL_DATAVERSE_TOKEN_2", "t2"), ("MAPDSL_DATAVERSE_TOKEN_3", "t3"));

        Assert.Equal<string>(["t1", "t2", "t3"], await TokensAsync(providers));
    }

    [Fact]
    public void Client_credentials_per_identity_share_the_tenant_unless_one_is_given()
    {
        var providers = Read(false,
            ("MAPDSL_DATAVERSE_TENANT_ID", "tenant"), ("MAPDSL_DATAVERSE_CLIENT_ID", "app-1"), ("MAPDSL_DATAVERSE_CLIENT_SECRET", "s1"),
            ("MAPDSL_DATAVERSE_CLIENT_ID_2", "app-2"), ("MAPDSL_DATAVERSE_CLIENT_SECRET_2", "s2"));

        Assert.Equal(2, providers.Count);
        Assert.All(providers, p => Assert.IsType<MsalClientCredentialsTokenProvider>(p));
    }

    [Fact]
    public void Without_numbered_variables_there_is_one_identity()
    {
        Assert.Single(Read(false, ("MAPDSL_DATAVERSE_TOKEN", "t1")));
        Assert.Single(Read(true));
    }

    [Fact]
    public async Task On_loopback_a_numbered_client_id_is_enough_and_each_identity_gets_its_own_token()
    {
        var providers = Read(true, ("MAPDSL_DATAVERSE_CLIENT_ID_2", "app-2"), ("MAPDSL_DATAVERSE_TOKEN_3", "t3"));

        Assert.Equal<string>(["mapdsl-local", "mapdsl-local-2", "t3"], await TokensAsync(providers));
    }

    [Fact]
    public void A_gap_in_the_numbering_is_a_usage_error_naming_the_missing_variables()
    {
        var error = Assert.Throws<UsageException>(() => Read(false, ("MAPDSL_DATAVERSE_TOKEN", "t1"), ("MAPDSL_DATAVERSE_TOKEN_3", "secret-3")));

        Assert.Contains("identity 2 is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("MAPDSL_DATAVERSE_CLIENT_ID_2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_application_twice_is_a_usage_error_that_does_not_show_it()
    {
        var error = Assert.Throws<UsageException>(() => Read(false,
            ("MAPDSL_DATAVERSE_TENANT_ID", "tenant"), ("MAPDSL_DATAVERSE_CLIENT_ID", "app-1"), ("MAPDSL_DATAVERSE_CLIENT_SECRET", "s1"),
            ("MAPDSL_DATAVERSE_CLIENT_ID_2", "app-1"), ("MAPDSL_DATAVERSE_CLIENT_SECRET_2", "s2")));

        Assert.Contains("identity 2 signs in as the same application user as identity 1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("app-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_identity_without_its_secret_names_the_variable_not_the_values()
    {
        var error = Assert.Throws<UsageException>(() => Read(false,
            ("MAPDSL_DATAVERSE_TOKEN", "t1"), ("MAPDSL_DATAVERSE_CLIENT_ID_2", "app-2"), ("MAPDSL_DATAVERSE_TENANT_ID", "tenant-x")));

        Assert.Contains("MAPDSL_DATAVERSE_CLIENT_SECRET_2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("app-2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tenant-x", error.Message, StringComparison.Ordinal);
    }
}
