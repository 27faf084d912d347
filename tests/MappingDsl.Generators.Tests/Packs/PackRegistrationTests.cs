using MappingDsl.Catalog;
using MappingDsl.Generators.Tests.Infrastructure;

namespace MappingDsl.Generators.Tests.Packs;

/// <summary>A generated pack registers itself in <see cref="MapPackRegistry"/> from its module initializer, under its name.</summary>
public sealed class PackRegistrationTests
{
    [Fact]
    public void Loading_a_pack_registers_its_catalog_under_its_name()
    {
        // MapPackRegistry is process-wide and other tests in this assembly load their own packs named "salesmate"
        // (each re-registering that name), so this pack's name is its own: nothing else can register it in between.
        var name = $"registered-{Guid.NewGuid():N}";
        var source = PackSources.Pack.Replace("[MapPack(\"salesmate\"", $"[MapPack(\"{name}\"", StringComparison.Ordinal);
        Assert.NotEqual(PackSources.Pack, source);
        Assert.DoesNotContain(name, MapPackRegistry.Names);

        var run = PackRunner.RunPack(source, PackSources.Discovery);
        var pack = GeneratorHarness.Load(run.Output).GetType("Test.Salesmate.SalesmatePack", throwOnError: true)!;
        var catalog = (MapCatalog)pack.GetProperty("Catalog")!.GetValue(null)!;

        Assert.Equal(name, catalog.Name);
        Assert.Contains(name, MapPackRegistry.Names);
        Assert.Same(catalog, MapPackRegistry.Get(name));
    }
}
