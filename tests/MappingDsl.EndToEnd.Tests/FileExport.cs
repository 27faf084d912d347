using System.Text;
using System.Text.Json.Nodes;
using MappingDsl.Cli.Hosting;
using MappingDsl.Emulators.Salesmate;

namespace MappingDsl.EndToEnd.Tests;

// A Salesmate file export built from records the emulator serves: every module of the pack gets a file (empty unless
// a test writes records), so a test controls exactly the bytes the file reader sees.
internal sealed class FileExport
{
    private FileExport(string folder) => Folder = folder;

    public string Folder { get; }

    public string Spec => "file:" + Folder;

    public static FileExport Create(string parent)
    {
        var folder = Path.Combine(parent, "export-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(folder);
        foreach (var module in Lab.Catalog.Pairs.Select(p => p.Module).Distinct())
            File.WriteAllBytes(Path.Combine(folder, module + ".jsonl"), []);
        return new FileExport(folder);
    }

    // The first records of a module as the emulator serves them, to edit.
    public static async Task<List<JsonObject>> SamplesAsync(SalesmateEmulator salesmate, string module, int count)
    {
        await using var source = SourceEndpoint.ForEmulator(salesmate, owned: false);
        var result = new List<JsonObject>();
        await foreach (var item in source.Source.ReadAsync(module, null, CancellationToken.None))
        {
            result.Add(JsonNode.Parse(item.Json.Span)!.AsObject());
            if (result.Count == count)
                break;
        }
        return result;
    }

    public void WriteLines(string module, IEnumerable<byte[]> lines)
    {
        using var file = File.Create(Path.Combine(Folder, module + ".jsonl"));
        foreach (var line in lines)
        {
            file.Write(line);
            file.WriteByte((byte)'\n');
        }
    }

    public static byte[] Line(JsonObject record) => Encoding.UTF8.GetBytes(record.ToJsonString());
}
