namespace MappingDsl.Engine.Tests;

public sealed class SampleSpecTests
{
    [Theory]
    [InlineData("500", 500, null)]
    [InlineData("5%", null, 5.0)]
    [InlineData(" 12.5% ", null, 12.5)]
    public void Parses_counts_and_percentages(string text, int? count, double? percent)
    {
        var sample = SampleSpec.Parse(text);

        Assert.Equal(count, sample.Count);
        Assert.Equal(percent, sample.Percent);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("120%")]
    [InlineData("lots")]
    public void Rejects_anything_else(string text) =>
        Assert.Throws<FormatException>(() => SampleSpec.Parse(text));

    [Fact]
    public void A_percentage_picks_the_same_keys_every_time_and_about_that_share()
    {
        var sample = SampleSpec.Parse("10%");
        var keys = Enumerable.Range(0, 10_000).Select(i => "key-" + i).ToList();

        var first = keys.Where(k => sample.Includes(1, k)).ToList();
        var second = keys.Where(k => sample.Includes(1, k)).ToList();

        Assert.Equal(first, second);
        Assert.InRange(first.Count, 800, 1200);
    }
}
