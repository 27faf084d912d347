namespace MappingDsl.Tests;

public sealed class MapContextTests
{
    private static string Company(string source, MapContext context) => source;

    [Fact]
    public void Ref_names_the_pair_from_the_method_group_expression()
    {
        var context = new MapContext(new InMemoryLookupResolver());

        var plain = context.Ref(Company, "C-1");
        var qualified = context.RefLater(MapContextTests.Company, "C-2");

        Assert.Equal(new LookupRef("Company", "C-1"), plain);
        Assert.Equal(new LookupRef("Company", "C-2", Deferred: true), qualified);
    }

    [Fact]
    public void Flags_clear_per_record()
    {
        var context = new MapContext(new InMemoryLookupResolver());
        context.Flag("a");
        Assert.Equal(["a"], context.Flags);
        context.BeginRecord();
        Assert.Empty(context.Flags);
    }

    [Fact]
    public void Fallback_owner_applies_only_when_set()
    {
        var resolver = new InMemoryLookupResolver();
        Assert.False(resolver.TryResolveOwner(null, out _));
        var team = new RecordId("team", "teams", Guid.NewGuid());
        resolver.FallbackOwner = team;
        Assert.True(resolver.TryResolveOwner("unknown@example.com", out var owner));
        Assert.Equal(team, owner);
    }
}
