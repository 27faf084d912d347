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

    [Fact]
    public void Numeric_key_texts_are_right_for_keys_that_share_a_cache_slot()
    {
        // Keys 1 024 apart land in the same slot of the key-text cache; each must still read as itself, repeatedly.
        long[] keys = [7, 7 + 1024, 7 + 2048, -7, long.MaxValue, long.MinValue, 123_456_789_012];
        for (var round = 0; round < 2; round++)
        {
            foreach (var key in keys)
                Assert.Equal(key.ToString(System.Globalization.CultureInfo.InvariantCulture), MapContext.Key(key));
        }
        Assert.Null(MapContext.Key(null));
        Assert.Same(MapContext.Key(7 + 1024), MapContext.Key(7 + 1024));
    }

    [Fact]
    public void Matrix_fold_is_right_for_more_distinct_values_than_its_cache_holds()
    {
        // 2 000 distinct values through 256 slots: collisions are certain, and every value must fold to its own text.
        var values = Enumerable.Range(0, 2000).Select(i => $" Stage-{i} ").ToList();
        for (var round = 0; round < 2; round++)
        {
            foreach (var value in values)
                Assert.Equal(value.Trim().ToLowerInvariant(), Matrix.Fold(value));
        }
        Assert.Null(Matrix.Fold(null));
        Assert.Equal("customer", Matrix.Fold("CUSTOMER"));
        Assert.Equal("customer", Matrix.Fold("customer"));
    }
}
