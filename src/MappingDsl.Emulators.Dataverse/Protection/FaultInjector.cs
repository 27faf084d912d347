namespace MappingDsl.Emulators.Dataverse.Protection;

/// <summary>Seeded, so a test run sees the same faults in the same order: 503s, dropped connections and extra latency.</summary>
internal sealed class FaultInjector(FaultOptions options)
{
    private readonly Random _random = new(options.Seed);
    private readonly Lock _lock = new();

    public (bool ServerError, bool Drop, TimeSpan Latency) Next()
    {
        lock (_lock)
        {
            var error = _random.NextDouble() < options.ServerErrorRate;
            var drop = _random.NextDouble() < options.DropRate;
            var latency = options.ExtraLatency * _random.NextDouble();
            return (error, drop, latency);
        }
    }
}
