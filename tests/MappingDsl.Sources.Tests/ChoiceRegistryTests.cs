using MappingDsl.Sources.Discovery;

namespace MappingDsl.Sources.Tests;

public sealed class ChoiceRegistryTests
{
    [Fact]
    public void First_discovery_numbers_labels_in_ordinal_order_from_the_first_value()
    {
        var options = ChoiceRegistry.Assign(null, ["vip", "hot", "Hot"]);

        Assert.Equal(["Hot", "hot", "vip"], options.Keys);
        Assert.Equal([100_000_000, 100_000_001, 100_000_002], options.Values);
    }

    [Fact]
    public void Labels_that_cannot_be_written_as_option_text_stay_out()
    {
        var options = ChoiceRegistry.Assign(null, ["a;b", "c"]);

        Assert.Equal(["c"], options.Keys);
    }

    [Fact]
    public void Earlier_values_are_kept_and_new_labels_follow_the_highest()
    {
        var previous = new Dictionary<string, int> { ["vip"] = 100_000_007, ["gone"] = 100_000_003 };

        var options = ChoiceRegistry.Assign(previous, ["vip", "new", "alpha"]);

        Assert.Equal(100_000_007, options["vip"]);
        Assert.Equal(100_000_003, options["gone"]);
        Assert.Equal(100_000_008, options["alpha"]);
        Assert.Equal(100_000_009, options["new"]);
    }
}
