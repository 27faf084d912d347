using MappingDsl.Emulators.Iterable;

namespace MappingDsl.Sources.Iterable.Tests;

/// <summary>Without an explicit end, an export reads up to now, including what changed earlier in the current second.</summary>
public sealed class OpenEndedExportTests
{
    [Fact]
    public async Task A_profile_changed_a_moment_before_the_read_is_in_an_export_that_ends_now()
    {
        await using var emulator = await IterableEmulator.StartAsync(new IterableEmulatorOptions { Profiles = 100, DuplicateShare = 0, LimitTimeScale = 0 });
        var local = Local.Options(emulator);
        await using var extractor = new IterableExtractor(new IterableOptions
        {
            ApiKey = local.ApiKey,
            BaseUri = local.BaseUri,
            ExportFrom = local.ExportFrom,
            WindowSize = local.WindowSize,
            RetryBaseDelay = local.RetryBaseDelay,
            Limits = local.Limits,
        });
        var touchedAt = DateTimeOffset.UtcNow;
        var touched = emulator.Touch(0.1, touchedAt);

        var changed = await Local.ReadAll(extractor, IterableModules.User, touchedAt.AddMinutes(-1));

        Assert.True(touched > 0);
        Assert.Equal(touched, changed.Count);
    }
}
