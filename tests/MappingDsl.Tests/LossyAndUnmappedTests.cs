namespace MappingDsl.Tests;

public sealed class LossyAndUnmappedTests
{
    [Fact]
    public void Lossy_conversions_do_what_they_declare()
    {
        Assert.Equal("abc", Lossy.Truncate("abcdef", 3, "r"));
        Assert.Equal("ab", Lossy.Truncate("ab", 3, "r"));
        Assert.Null(Lossy.Truncate(null, 3, "r"));
        Assert.Equal(new DateOnly(2024, 2, 29), Lossy.ToDate(new DateTimeOffset(2024, 2, 29, 23, 0, 0, TimeSpan.Zero), "r"));
        Assert.Equal(3, Lossy.ToWhole(2.5m, "r"));
        Assert.Equal(-3, Lossy.ToWhole(-2.5m, "r"));
        Assert.Equal("a;b", Lossy.Join(["a", "b"], ";", "r"));
        Assert.Equal(42, Lossy.Because(42, "r"));
    }

    [Fact]
    public void Unmapped_policies_fail_default_or_flag()
    {
        var exception = Assert.Throws<UnmappedValueException>(() => Unmapped.Fail<int>("Nope"));
        Assert.Equal("Nope", exception.Value);
        Assert.Contains("Nope", exception.Message, StringComparison.Ordinal);

        Assert.Equal(7, Unmapped.Default("Nope", 7));

        var context = new MapContext(new InMemoryLookupResolver());
        Assert.Equal(9, Unmapped.Review(context, "Odd", 9));
        Assert.Contains("Odd", Assert.Single(context.Flags), StringComparison.Ordinal);
    }

    [Fact]
    public void Split_holds_exactly_one_side()
    {
        Split<string, Uri> first = "lead";
        Split<string, Uri> second = new Uri("https://example.com");
        Assert.Equal(("lead", (Uri?)null), (first.First, first.Second));
        Assert.Null(second.First);
        Assert.NotNull(second.Second);
    }

    [Fact]
    public void Inventory_row_keeps_column_order_and_overwrites_in_place()
    {
        var row = new InventoryRow { ["Flow"] = "Onboarding", ["Contact"] = "a@example.com" };
        row["Flow"] = "Renewal";
        Assert.Equal(["Flow", "Contact"], row.Cells.Select(c => c.Key));
        Assert.Equal("Renewal", row["Flow"]);
        Assert.Null(row["Missing"]);
    }
}
