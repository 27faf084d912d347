namespace MappingDsl.Tests;

// Lossy markers report to the loss ledger only when they actually change a value.
public sealed class LossCaptureTests
{
    [Fact]
    public void Markers_record_what_they_changed_and_nothing_when_they_change_nothing()
    {
        var events = new List<LossEvent>();
        var previous = LossCapture.Begin(events);
        try
        {
            Assert.Equal("abc", Lossy.Truncate("abcdef", 3, "cut"));
            Assert.Equal("ab", Lossy.Truncate("ab", 3, "short enough"));
            Assert.Equal(new DateOnly(2025, 3, 4), Lossy.ToDate(new DateTimeOffset(2025, 3, 4, 13, 30, 0, TimeSpan.Zero), "time dropped"));
            Assert.Equal(new DateOnly(2025, 3, 4), Lossy.ToDate(new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.Zero), "midnight"));
            Assert.Equal(3, Lossy.ToWhole(2.5m, "rounded"));
            Assert.Equal(2, Lossy.ToWhole(2m, "whole already"));
            Assert.Equal("a;b", Lossy.Join(["a", "b"], ";", "joined"));
            Assert.Equal("a", Lossy.Join(["a"], ";", "one value"));
        }
        finally
        {
            LossCapture.End(previous);
        }

        Assert.Equal(
            [
                new LossEvent("Lossy.Truncate", "cut", "6", 3),
                new LossEvent("Lossy.ToDate", "time dropped", "2025-03-04T13:30:00.0000000+00:00", null),
                new LossEvent("Lossy.ToWhole", "rounded", "2.5", null),
                new LossEvent("Lossy.Join", "joined", "2 values", 3),
            ],
            events);
    }

    [Fact]
    public void Nothing_is_collected_outside_a_capture()
    {
        var events = new List<LossEvent>();
        LossCapture.End(LossCapture.Begin(events));

        Assert.Equal("abc", Lossy.Truncate("abcdef", 3, "cut"));

        Assert.Empty(events);
    }
}
