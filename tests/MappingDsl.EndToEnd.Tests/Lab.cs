using MappingDsl.Catalog;
using MappingDsl.Cli.Hosting;
using MappingDsl.Dataverse.Provisioning;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Emulators.Salesmate;

namespace MappingDsl.EndToEnd.Tests;

/// <summary>
/// What an end-to-end test runs against: a Salesmate emulator, one or more Dataverse emulators with the Salesmate
/// pack's schema provisioned, all on 127.0.0.1, and a temporary folder for journals; all gone on dispose.
/// </summary>
internal sealed class Lab : IAsyncDisposable
{
    private Lab(SalesmateEmulator salesmate, IReadOnlyList<DataverseEmulator> orgs, string folder)
    {
        Salesmate = salesmate;
        Orgs = orgs;
        Folder = folder;
    }

    /// <summary>The Salesmate pack's compiled catalog.</summary>
    public static MapCatalog Catalog
    {
        get
        {
            PackLoader.LoadAll();
            return MapPackRegistry.Get("salesmate");
        }
    }

    public SalesmateEmulator Salesmate { get; }

    public IReadOnlyList<DataverseEmulator> Orgs { get; }

    public DataverseEmulator Org => Orgs[0];

    public string Folder { get; }

    /// <param name="source">The Salesmate emulator's volume and seed.</param>
    /// <param name="orgs">One entry per org; none means one org with the emulated Salesmate owners' users.</param>
    public static async Task<Lab> StartAsync(SalesmateEmulatorOptions source, params DataverseEmulatorOptions[] orgs)
    {
        var folder = Directory.CreateTempSubdirectory("mapdsl-e2e-").FullName;
        var salesmate = await SalesmateEmulator.StartAsync(source);
        var started = new List<DataverseEmulator>();
        foreach (var options in orgs.Length == 0 ? [TargetEndpoint.EmulatorOptions()] : orgs)
        {
            var org = await DataverseEmulator.StartAsync(options);
            started.Add(org);
            await using var target = await TargetEndpoint.OpenAsync(org.BaseUri.ToString(), CancellationToken.None);
            await new SchemaProvisioner(target.Client).ApplyAsync(Catalog.Manifest);
        }
        return new Lab(salesmate, started, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await Salesmate.DisposeAsync();
        foreach (var org in Orgs)
            await org.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
