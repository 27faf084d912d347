using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MappingDsl.Transforms.Benchmarks;

// `-- --smoke`: every benchmark once on tiny inputs with the equivalence checks on (what CI runs), then stop.
if (args is ["--smoke"])
{
    foreach (var name in Smoke.Run())
        Console.WriteLine("ran " + name);
    return;
}

// `-- --allocations`: exact bytes per record of the generated transform beside the typed parse alone, then stop.
if (args is ["--allocations"])
{
    Allocations.Print();
    return;
}

// Fail in a second when a baseline stops writing what the generated transform writes.
Equivalence.Verify();

// A short job, in process: an out-of-process job rebuilds the generator and both map projects per run, which takes
// longer on 2 cores than BenchmarkDotNet's 2-minute build timeout. Median and Min beside Mean because a shared 2-core
// machine adds spikes that only ever make a run slower. Artifacts stay beside the binaries.
var job = Job.Default
    .WithLaunchCount(1)
    .WithWarmupCount(3)
    .WithIterationCount(8)
    .WithToolchain(InProcessEmitToolchain.Instance);
var config = DefaultConfig.Instance
    .AddJob(job)
    .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
    .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(PerRecordBenchmarks).Assembly).Run(args, config);
