using MappingDsl.Emulators.Dataverse.Protection;

namespace MappingDsl.Emulators.Dataverse.Tests;

/// <summary>The sweep that decides execution-time admission agrees with checking every window end by brute force.</summary>
public sealed class UserWindowTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Fits_agrees_with_brute_force_over_every_window_end(int seed)
    {
        const long window = 1000;
        var random = new Random(seed);
        var disagreements = new List<string>();
        for (var round = 0; round < 300; round++)
        {
            var state = new UserWindow();
            var intervals = new List<(long Start, long End)>();
            for (var i = random.Next(1, 25); i > 0; i--)
            {
                var start = random.Next(0, 2000);
                var interval = ((long)start, (long)(start + random.Next(0, 600)));
                intervals.Add(interval);
                if (random.Next(3) == 0)
                    state.Running[i] = interval;
                else
                    state.Finished.Add(interval);
            }
            var at = random.Next(500, 2500);
            var cost = random.Next(0, 700);
            var budget = random.Next(200, 3000);
            var expected = BruteForce(intervals, at, cost, window, budget);
            if (state.Fits(at, cost, window, budget) != expected)
                disagreements.Add($"round {round}: at {at}, cost {cost}, budget {budget}, expected {expected}");
        }
        Assert.Empty(disagreements);
    }

    // The definition: admit when no window (t − window, t] ending after the admission and before the candidate
    // leaves the window holds more than the budget, counting the candidate — unless nothing else is in the window.
    private static bool BruteForce(List<(long Start, long End)> intervals, long at, long cost, long window, long budget)
    {
        if (!intervals.Any(i => i.End > at - window))
            return true;
        var all = intervals.Append((Start: at, End: at + cost)).ToList();
        long Content(long t) => all.Sum(i => Math.Max(0, Math.Min(i.End, t) - Math.Max(i.Start, t - window)));
        if (Content(at) > budget)
            return false;
        for (var t = at + 1; t < at + cost + window; t++)
        {
            if (Content(t) > budget)
                return false;
        }
        return true;
    }
}
