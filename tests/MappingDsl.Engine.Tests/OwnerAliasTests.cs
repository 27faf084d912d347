using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Tests.Fakes;

namespace MappingDsl.Engine.Tests;

/// <summary>Owner aliases, records without an owner, and what the fallback owner leaves on a record.</summary>
public sealed class OwnerAliasTests : IDisposable
{
    private readonly Scenario _s = new();

    public void Dispose() => _s.Dispose();

    private void SeedRebrand()
    {
        _s.SeedBasics();
        _s.Target.Users.Add(new TargetUser("zoe@new.test", Guid.NewGuid(), "Zoe", false));
        _s.Source.Put("companies", "c7", """{"id":"c7","name":"Rebranded","owner":"zoe@old.test"}""", Scenario.T0);
    }

    [Fact]
    public async Task Without_an_alias_the_renamed_owner_waits_in_the_queue()
    {
        SeedRebrand();

        var report = await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);

        Assert.Equal(RunStatus.Blocked, report.Status);
        Assert.Equal(OwnerEntry.Unmatched, _s.Journal.Owners().Single(o => o.Email == "zoe@old.test").Status);
    }

    [Fact]
    public async Task A_domain_alias_moves_the_owner_from_the_queue_to_matched_and_the_report_says_aliased()
    {
        SeedRebrand();
        var zoe = _s.Target.Users.Single(u => u.Email == "zoe@new.test").Id;

        var report = await _s.Engine().MigrateAsync(
            Scenario.Options() with { OwnerAliases = new OwnerAliasMap(["@old.test=@new.test"]) }, CancellationToken.None);

        Assert.Equal(RunStatus.Completed, report.Status);
        var owner = Assert.Single(report.Owners, o => o.Email == "zoe@old.test");
        Assert.Equal(OwnerEntry.Aliased, owner.Status);
        Assert.Equal("Zoe <zoe@new.test>", owner.User);
        Assert.Equal($"/systemusers({zoe:D})", (string?)_s.Target.Find("account", "c7")!["ownerid@odata.bind"]);
        Assert.Equal(0, report.DataQuality.Single(q => q.Pair == "Company").MissingOwners);
    }

    [Fact]
    public async Task A_record_without_an_owner_is_counted_and_blocks_like_an_unmatched_owner()
    {
        _s.SeedBasics();
        _s.Source.Put("companies", "c9", """{"id":"c9","name":"Nobody's"}""", Scenario.T0);

        var report = await _s.Engine().MigrateAsync(Scenario.Options(), CancellationToken.None);

        Assert.Equal(RunStatus.Blocked, report.Status);
        Assert.Empty(_s.Target.Upserts);
        var owner = Assert.Single(report.Owners, o => o.Email == "(no owner)");
        Assert.Equal(OwnerEntry.Unmatched, owner.Status);
        Assert.Equal(1, owner.Records);
        Assert.Equal(1, report.DataQuality.Single(q => q.Pair == "Company").MissingOwners);
    }

    [Fact]
    public async Task The_fallback_owner_keeps_the_original_owner_email_on_the_record_and_the_report_says_fallback()
    {
        _s.SeedBasics();
        _s.Source.Put("companies", "c7", """{"id":"c7","name":"Gone Inc","owner":"nobody@example.com"}""", Scenario.T0);
        _s.Source.Put("companies", "c9", """{"id":"c9","name":"Nobody's"}""", Scenario.T0);
        _s.Target.Teams["Sales"] = Guid.NewGuid();

        // The pack's manifest provisions the column on accounts only; contacts get none.
        var catalog = TestPack.Catalog with
        {
            ManifestJson = """{"pack":"Test","publisher":"sm","edition":"SalesEnterprise","tables":[],"columns":[{"table":"account","schemaName":"sm_OriginalOwner","logicalName":"sm_originalowner","type":"String","label":"Original owner","maxLength":320,"precision":0,"options":[],"globalChoice":"","target":""}],"choices":[],"keys":[]}""",
        };
        _s.Source.Put("contacts", "p9", """{"id":"p9","name":"Ray","company":"c1","owner":"nobody@example.com"}""", Scenario.T0);

        var report = await new MigrationEngine(catalog, _s.Source, _s.Target, _s.Journal)
            .MigrateAsync(Scenario.Options() with { FallbackOwner = "team:Sales" }, CancellationToken.None);

        Assert.Equal(RunStatus.Completed, report.Status);
        Assert.Null(_s.Target.Find("contact", "p9")!["sm_originalowner"]);
        Assert.Equal("nobody@example.com", (string?)_s.Target.Find("account", "c7")!["sm_originalowner"]);
        Assert.Equal("", (string?)_s.Target.Find("account", "c9")!["sm_originalowner"]);
        Assert.Null(_s.Target.Find("account", "c1")!["sm_originalowner"]);
        Assert.Equal(OwnerEntry.Fallback, report.Owners.Single(o => o.Email == "nobody@example.com").Status);
        Assert.Equal(OwnerEntry.Matched, report.Owners.Single(o => o.Email == "ann@example.com").Status);
    }

    [Theory]
    [InlineData("zoe@old.test", "zoe@new.test")]
    [InlineData("ZOE@OLD.TEST", "ZOE@new.test")]
    [InlineData("max@old.test", "maxine@new.test")]
    [InlineData("ann@example.com", "ann@example.com")]
    public void Address_rules_win_over_domain_rules_and_case_is_ignored(string email, string expected)
    {
        var map = OwnerAliasMap.From(["@old.test=@new.test"], null);
        var withAddress = new OwnerAliasMap([.. map.Rules, "max@old.test=maxine@new.test"]);

        Assert.Equal(expected, withAddress.Apply(email));
    }

    [Theory]
    [InlineData("@old.test")]
    [InlineData("@old.test=ann@new.test")]
    [InlineData("old.test=new.test")]
    public void Malformed_rules_are_configuration_errors(string rule)
    {
        Assert.Throws<MigrationConfigurationException>(() => new OwnerAliasMap([rule]));
    }
}
