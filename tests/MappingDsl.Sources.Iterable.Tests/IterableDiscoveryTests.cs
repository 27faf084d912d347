using MappingDsl.Emulators.Iterable;
using MappingDsl.Sources.Discovery;
using MappingDsl.Sources.Profiling;

namespace MappingDsl.Sources.Iterable.Tests;

public sealed class IterableDiscoveryTests
{
    [Fact]
    public async Task Discovery_profiles_profiles_and_each_event_type_and_lists_the_lifecycle_stages()
    {
        await using var emulator = await IterableEmulator.StartAsync(new IterableEmulatorOptions { Profiles = 150, CustomEvents = 250, LimitTimeScale = 0 });
        await using var extractor = new IterableExtractor(Local.Options(emulator));
        var snapshot = await new IterableDiscovery(extractor).RunAsync(CancellationToken.None);

        Assert.Equal(IterableDataset.Stages.Order(StringComparer.Ordinal), snapshot.Values["user.lifecycleStage"]);
        Assert.Equal(250, snapshot.Objects[IterableModules.CustomEvent].Count);
        var profiles = snapshot.Profiles!;
        var user = profiles["user"];
        Assert.Equal(ValueKinds.Integer, user.Fields["loyaltyPoints"].Type);
        Assert.Equal(ValueKinds.Boolean, user.Fields["isBeta"].Type);
        Assert.Equal(ValueKinds.DateTime, user.Fields["signupDate"].Type);
        Assert.Equal(ValueKinds.Date, user.Fields["birthday"].Type);
        Assert.Equal(ValueKinds.String, user.Fields["address.city"].Type);
        Assert.True(user.Fields["email"].NullRate > 0, "anonymous profiles have no email");
        Assert.True(user.Fields["birthday"].NullRate is > 0.2 and < 0.8);
        var signup = profiles["customEvent[signup]"];
        Assert.Equal(1.0, signup.Fields["dataFields.source"].Frequency);
        Assert.True(signup.Fields["dataFields.utm.campaign"].Frequency is > 0 and < 1);
        Assert.Equal(ValueKinds.Array, profiles["purchase"].Fields["shoppingCartItems"].Type);

        var roundTrip = DiscoverySnapshotJson.Parse(DiscoverySnapshotJson.ToUtf8(snapshot));
        Assert.Equal(user.Fields["email"].NullRate, roundTrip.Profiles!["user"].Fields["email"].NullRate);
    }
}
