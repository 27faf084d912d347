using System.Diagnostics;

namespace MappingDsl.EndToEnd.Tests;

// The real `mapdsl` executable as a child process, so a test can kill it the way an operator's crash would.
internal static class MapdslProcess
{
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ExecutablePath());
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start mapdsl");
    }

    // The CLI's own output folder, built in the same configuration as this test.
    private static string ExecutablePath()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "MappingDsl.sln")))
            root = root.Parent;
        var path = Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("repository root not found"),
            "src", "MappingDsl.Cli", "bin", configuration, framework, "mapdsl.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/MappingDsl.Cli first", path);
    }
}
