namespace MappingDsl.Maps.Salesmate.Tests;

/// <summary>
/// The pack's comma-separated helpers share one read-only list per repeated text (so a repeated text costs no
/// allocation); the cache must not change what they return or let an unmapped value through on a later record.
/// </summary>
public sealed class CommaListCacheTests
{
    [Fact]
    public void A_repeated_tag_text_gets_the_same_read_only_list_with_the_same_labels()
    {
        var first = SalesmatePack.TagList(" vip,, gold ,vip");
        var again = SalesmatePack.TagList(" vip,, gold ,vip");

        Assert.Same(first, again);
        Assert.Equal(["vip", "gold", "vip"], first);
        Assert.False(first is string[], "a shared list must not be an array a map could change");
        Assert.Null(SalesmatePack.TagList(" "));
    }

    [Fact]
    public void Tag_lists_are_right_for_more_distinct_texts_than_the_cache_holds()
    {
        // 1 000 distinct texts through 256 slots: collisions are certain, and each text must still get its own labels.
        var texts = Enumerable.Range(0, 1000).Select(i => $"t{i}, shared ,,x{i % 7}").ToList();
        for (var round = 0; round < 2; round++)
        {
            foreach (var text in texts)
                Assert.Equal(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), SalesmatePack.TagList(text));
        }
    }

    [Fact]
    public void Interests_keep_their_order_and_an_unmapped_interest_fails_every_record_not_only_the_first()
    {
        var webinarsFirst = Interests("Webinars, Pricing");
        Assert.Equal(webinarsFirst, Interests("Webinars, Pricing"));
        Assert.NotEqual(webinarsFirst, Interests("Pricing,Webinars"));
        Assert.Equal(2, webinarsFirst.Split(',').Length);

        for (var i = 0; i < 2; i++)
        {
            var (outcome, _) = PairRunner.Run("Contacts", Contact("Webinars,Bogus"));
            Assert.Equal(TransformStatus.Rejected, outcome.Status);
            Assert.Contains("Bogus", outcome.Reason, StringComparison.Ordinal);
        }
    }

    private static string Contact(string interests) =>
        Samples.Contact(40, "Customer").Replace("\"Webinars,Pricing\"", "\"" + interests + "\"", StringComparison.Ordinal);

    private static string Interests(string interests) =>
        PairRunner.Single("Contacts", Contact(interests)).Body.GetProperty("sm_interests").GetString()!;
}
