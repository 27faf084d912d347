using System.Diagnostics;
using System.Text;

namespace MappingDsl.Cli.Hosting;

/// <summary>Finds an engineer's pack project in a folder and builds it with the .NET SDK, as <c>dotnet ef --project</c> does.</summary>
internal static class PackProject
{
    /// <summary>
    /// The pack project of <paramref name="folder"/>: its only <c>.csproj</c>, else the only one in its direct subfolders
    /// that is neither a schema (<c>*.Schema.csproj</c>) nor a test project (<c>*.Tests.csproj</c>).
    /// </summary>
    /// <returns>The project's path, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="UsageException">Several candidates: the engineer must name one.</exception>
    public static string? Find(string folder)
    {
        var here = Directory.GetFiles(folder, "*.csproj");
        if (here.Length == 1)
            return here[0];
        var candidates = here.Length > 1
            ? here
            : [.. Directory.EnumerateDirectories(folder).SelectMany(d => Directory.EnumerateFiles(d, "*.csproj"))];
        var packs = candidates
            .Where(p => !p.EndsWith(".Schema.csproj", StringComparison.OrdinalIgnoreCase) && !p.EndsWith(".Tests.csproj", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return packs.Length switch
        {
            0 => null,
            1 => packs[0],
            _ => throw new UsageException($"'{folder}' holds several projects ({string.Join(", ", packs.Select(Path.GetFileName))}); pass --pack <one .csproj>"),
        };
    }

    /// <summary>Builds the project and returns the assembly it produced.</summary>
    /// <exception cref="UsageException">The build failed; the message carries its errors (MDSL diagnostics among them).</exception>
    public static async Task<string> BuildAsync(string project, TextWriter log, CancellationToken cancellationToken)
    {
        log.WriteLine($"mapdsl: building {project}");
        var build = await DotnetAsync(["build", project, "-nologo", "-v", "q", "--disable-build-servers"], cancellationToken).ConfigureAwait(false);
        if (build.ExitCode != 0)
        {
            var errors = build.Output.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().Take(20);
            throw new UsageException($"--pack: {Path.GetFileName(project)} does not build:\n{string.Join('\n', errors)}");
        }
        var target = await DotnetAsync(["msbuild", project, "-nologo", "-getProperty:TargetPath"], cancellationToken).ConfigureAwait(false);
        var path = target.Output.Trim();
        if (target.ExitCode != 0 || !File.Exists(path))
            throw new UsageException($"--pack: cannot find what {Path.GetFileName(project)} built ({path})");
        return path;
    }

    private static async Task<(int ExitCode, string Output)> DotnetAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // MSBuild settings of a parent build or test run (MSBuildExtensionsPath …) would point the child at the wrong SDK.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        output.Append(await stdout.ConfigureAwait(false)).Append(await stderr.ConfigureAwait(false));
        return (process.ExitCode, output.ToString());
    }
}
