using System.Diagnostics;
using System.Text;

namespace MappingDsl.Dataverse.Benchmarks;

/// <summary>
/// The real <c>mapdsl</c> (src/MappingDsl.Cli, built in this benchmark's configuration) as a child process, so the
/// memory measured is mapdsl's alone. Its output is drained as it comes so a full pipe never stalls it.
/// </summary>
internal sealed class MapdslChild : IDisposable
{
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private MapdslChild(Process process) => Process = process;

    public Process Process { get; }

    public string Output
    {
        get
        {
            lock (_stdout)
                return _stdout.ToString();
        }
    }

    public string Error
    {
        get
        {
            lock (_stderr)
                return _stderr.ToString();
        }
    }

    public static MapdslChild Start(IReadOnlyDictionary<string, string> environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ExecutablePath());
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var process = new Process { StartInfo = start };
        var child = new MapdslChild(process);
        process.OutputDataReceived += (_, e) => Append(child._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(child._stderr, e.Data);
        if (!process.Start())
            throw new InvalidOperationException("could not start mapdsl");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public void Dispose()
    {
        // A benchmark stopped half-way must not leave mapdsl running.
        try
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        Process.Dispose();
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
            return;
        lock (buffer)
            buffer.AppendLine(line);
    }

    // The CLI's own output folder, in the configuration this benchmark was built in (the project reference builds it).
    private static string ExecutablePath()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = bin.Name;
        var configuration = bin.Parent!.Name;
        var root = bin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "MappingDsl.sln")))
            root = root.Parent;
        var path = Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("repository root not found"),
            "src", "MappingDsl.Cli", "bin", configuration, framework, "mapdsl.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/MappingDsl.Cli first", path);
    }
}
