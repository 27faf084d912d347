using System.Reflection;
using System.Text.Json;

namespace MappingDsl.Packaging.Tests;

/// <summary>
/// What a migration engineer does on a fresh machine, offline: the README's commands, from packages in a local folder
/// to a migrated sample, in temp folders outside the repository.
/// </summary>
public sealed class PackOfOnesOwnTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mdsl-pkg-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A build server holding a file open must not fail the test; the folder is in temp.
        }
    }

    [Fact]
    public async Task A_pack_made_from_the_template_builds_and_migrates_its_sample_with_the_installed_tool()
    {
        var repository = RepositoryRoot();
        var configuration = typeof(PackOfOnesOwnTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;
        // A version no cache has seen, so restore can only find what this test packed.
        var version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";
        var artifacts = Directory.CreateDirectory(Path.Combine(_root, "artifacts")).FullName;
        var tools = Path.Combine(_root, "tools");
        var hive = Path.Combine(_root, "hive");
        var work = Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;
        // Offline: only the local artifacts folder as a source; everything else from the machine's package cache.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        await File.WriteAllTextAsync(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><clear /><add key="artifacts" value="{artifacts}" /></packageSources>
              <fallbackPackageFolders><add key="cache" value="{cache}" /></fallbackPackageFolders>
            </configuration>
            """);
        var dotnet = new Dotnet(new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(_root, "packages"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        });

        foreach (var project in new[] { "src/MappingDsl", "src/MappingDsl.Cli", "templates/MappingDsl.Templates" })
        {
            await dotnet.RunAsync(repository, Dotnet.Host, "pack", Path.Combine(repository, project), "-c", configuration, "--no-build",
                "-o", artifacts, $"-p:Version={version}", "-nologo", "-v", "q");
        }
        Assert.True(File.Exists(Path.Combine(artifacts, $"MappingDsl.{version}.snupkg")), "the DSL package has a symbols package");

        await dotnet.RunAsync(_root, Dotnet.Host, "tool", "install", "mapdsl", "--tool-path", tools, "--version", version, "--add-source", artifacts);
        await dotnet.RunAsync(_root, Dotnet.Host, "new", "install", Path.Combine(artifacts, $"MappingDsl.Templates.{version}.nupkg"), "--debug:custom-hive", hive);
        await dotnet.RunAsync(work, Dotnet.Host, "new", "mapdsl-pack", "-n", "Acme", "--debug:custom-hive", hive);
        var acme = Path.Combine(work, "Acme");
        Assert.False(File.Exists(Path.Combine(acme, "nuget.config")), "no nuget.config unless --packages asks for one");

        var build = await dotnet.RunAsync(acme, Dotnet.Host, "build", "-nologo", "--disable-build-servers");
        Assert.Contains("0 Warning(s)", build, StringComparison.Ordinal);

        var mapdsl = Path.Combine(tools, OperatingSystem.IsWindows() ? "mapdsl.exe" : "mapdsl");
        var migrate = await dotnet.RunAsync(acme, mapdsl, "migrate", "acme", "--source", "file:sample", "--target", "emulator", "--json");
        using var report = JsonDocument.Parse(migrate[migrate.IndexOf('{', StringComparison.Ordinal)..]);
        Assert.Equal("Completed", report.RootElement.GetProperty("status").GetString());
        Assert.Equal(3, report.RootElement.GetProperty("loaded").GetInt64());

        var dll = Path.Combine(acme, "Acme.Pack", "bin", "Debug", "net10.0", "Acme.Pack.dll");
        var maps = await dotnet.RunAsync(work, mapdsl, "maps", "--json", "--pack", dll);
        using var packs = JsonDocument.Parse(maps[maps.IndexOf('[', StringComparison.Ordinal)..]);
        var from = packs.RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("from").GetString());
        Assert.Equal(dll, from["acme"]);
        Assert.Equal("shipped with mapdsl", from["salesmate"]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MappingDsl.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("repository root not found");
    }
}
