using TransformSmoke = MappingDsl.Transforms.Benchmarks.Smoke;

namespace MappingDsl.Benchmarks.Tests;

/// <summary>tests/MappingDsl.Transforms.Benchmarks, every benchmark once on tiny inputs.</summary>
public sealed class TransformBenchmarkSmokeTests
{
    [Fact]
    public void Every_transform_benchmark_runs_once_after_every_approach_wrote_the_generated_body()
    {
        // Smoke.Run first checks (Equivalence.Verify) that every baseline writes the generated body for the samples
        // and the batch's first records and that the floor writes the same size; any difference throws.
        var ran = TransformSmoke.Run();

        foreach (var record in new[] { "Contact", "Deal", "Meeting" })
        {
            foreach (var approach in new[] { "Generated", "GeneratedEntityPath", "Floor", "HandWritten", "Dictionary", "Mapperly", "AutoMapper" })
                Assert.Contains($"PerRecordBenchmarks.{approach}({record})", ran);
        }
        foreach (var approach in new[] { "Generated", "GeneratedEntityPath", "Floor", "HandWritten", "Dictionary", "Mapperly", "AutoMapper" })
            Assert.Contains($"ContactBatchBenchmarks.{approach}", ran);
    }
}
