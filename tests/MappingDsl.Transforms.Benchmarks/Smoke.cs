using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// Every benchmark of this assembly once, in process, on tiny inputs, with the equivalence checks on: what CI runs
/// (tests/MappingDsl.Benchmarks.Tests) so a benchmark that no longer runs, or no longer compares like with like,
/// fails the build. No BenchmarkDotNet job runs; the same setup, benchmark and cleanup methods are called directly.
/// </summary>
public static class Smoke
{
    /// <summary>The batch size a smoke run uses instead of the measured 10 000.</summary>
    public const int BatchSize = 10;

    /// <summary>Whether a smoke run is under way (benchmarks pick their tiny sizes).</summary>
    public static bool Active { get; private set; }

    /// <summary>
    /// Runs each benchmark method of each benchmark class once per value of its <c>[Params]</c>, between its
    /// <c>[GlobalSetup]</c> and <c>[GlobalCleanup]</c>; returns the names of the methods run.
    /// </summary>
    public static IReadOnlyList<string> Run()
    {
        Active = true;
        try
        {
            Equivalence.Verify();
            var ran = new List<string>();
            foreach (var type in typeof(Smoke).Assembly.GetTypes().Where(t => t.GetMethods().Any(IsBenchmark)))
            {
                var parameter = type.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<ParamsAttribute>() is not null);
                var values = parameter?.GetCustomAttribute<ParamsAttribute>()!.Values ?? [null];
                foreach (var value in values)
                {
                    var instance = Activator.CreateInstance(type)!;
                    parameter?.SetValue(instance, value);
                    Invoke<GlobalSetupAttribute>(instance);
                    try
                    {
                        foreach (var method in type.GetMethods().Where(IsBenchmark))
                        {
                            method.Invoke(instance, null);
                            ran.Add($"{type.Name}.{method.Name}{(value is null ? "" : $"({value})")}");
                        }
                    }
                    finally
                    {
                        Invoke<GlobalCleanupAttribute>(instance);
                    }
                }
            }
            return ran;
        }
        finally
        {
            Active = false;
        }
    }

    private static bool IsBenchmark(MethodInfo method) => method.GetCustomAttribute<BenchmarkAttribute>() is not null;

    private static void Invoke<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
            method.Invoke(instance, null);
    }
}
