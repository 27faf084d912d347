namespace MappingDsl.Benchmarks.Tests;

/// <summary>
/// tests/MappingDsl.Benchmarks, every scenario once on tiny inputs with its own checks. One at a time: each starts
/// emulators (and two start a mapdsl child), and on 2 cores they would only slow each other down.
/// </summary>
[Collection(nameof(ScenarioSmokeCollection))]
public sealed class ScenarioSmokeTests
{
    public static TheoryData<string> Scenarios => new(Smoke.Scenarios.Keys);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task The_scenario_runs_on_tiny_inputs_and_its_own_checks_pass(string scenario) =>
        Assert.Equal(0, await Smoke.RunAsync(scenario));
}

[CollectionDefinition(nameof(ScenarioSmokeCollection), DisableParallelization = true)]
public sealed class ScenarioSmokeCollection;
