using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MappingDsl.Sources;
using MappingDsl.Sources.Files;
using nietras.SeparatedValues;

namespace MappingDsl.Benchmarks;

/// <summary>
/// CSV parsing on one generated export file: CsvHelper's <c>CsvParser</c> (what <see cref="CsvRecordReader"/> was built
/// on) against Sep, a maintained SIMD streaming parser, each touching every cell (CsvHelper materialises a
/// <c>string[]</c> per row; Sep hands out spans and unescapes quoted cells); then the whole
/// <see cref="CsvRecordReader"/> (cells to typed JSON records) on the same file. Rows/s and bytes allocated per row,
/// best of three runs after a warm-up.
/// </summary>
internal static class CsvParseScenario
{
    private const string Header = "id:number,name,owner.email,owner.name,score:number,active:boolean,tags:json,notes,lastModifiedAt";

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var path = Path.Combine(Path.GetTempPath(), $"mapdsl-csv-bench-{Environment.ProcessId}.csv");
        try
        {
            Write(path, rows);
            Console.WriteLine($"File: {rows:N0} rows, {new FileInfo(path).Length / 1048576.0:N1} MB ({Header})");
            Console.WriteLine();
            Console.WriteLine("| Parser | rows/s | bytes allocated per row | checksum |");
            Console.WriteLine("|---|---:|---:|---:|");
            var csvHelper = await Report("CsvHelper 33.1.0 CsvParser (string[] per row)", rows, () => Task.FromResult(CsvHelperParse(path)));
            var sep = await Report("Sep 0.18.0 (spans, quoted cells unescaped)", rows, () => Task.FromResult(SepParse(path)));
            await Report("CsvRecordReader (the shared reader: cells to typed JSON records)", rows, () => RecordReaderAsync(path));
            if (csvHelper == sep)
                return 0;
            Console.Error.WriteLine($"The parsers read different cells (checksums {csvHelper} and {sep}): the comparison is not like with like.");
            return 1;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<long> Report(string name, int rows, Func<Task<long>> run)
    {
        await run(); // warm-up: JIT and file cache
        var best = double.MaxValue;
        var bytes = long.MaxValue;
        long checksum = 0;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            checksum = await run();
            watch.Stop();
            bytes = Math.Min(bytes, GC.GetTotalAllocatedBytes(precise: true) - before);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"| {name} | {rows / best:N0} | {(double)bytes / rows:N0} | {checksum} |");
        return checksum;
    }

    // The checksum (cells and characters seen) shows both parsers read the same cells.
    private static long CsvHelperParse(string path)
    {
        long checksum = 0;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, DetectColumnCountChanges = false };
        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(text, configuration);
        parser.Read();
        while (parser.Read())
        {
            foreach (var cell in parser.Record!)
            {
                checksum += cell.Length + 1;
            }
        }

        return checksum;
    }

    private static long SepParse(string path)
    {
        long checksum = 0;
        using var reader = Sep.Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).FromFile(path);
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                checksum += row[i].Span.Length + 1;
            }
        }

        return checksum;
    }

    private static async Task<long> RecordReaderAsync(string path)
    {
        long checksum = 0;
        await foreach (var record in CsvRecordReader.ReadAsync(path, "contact", RecordFields.Default, CancellationToken.None))
        {
            checksum += record.Json.Length;
        }

        return checksum;
    }

    private static void Write(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write(Header);
        writer.Write('\n');
        for (var i = 0; i < rows; i++)
        {
            // Quoted cells with commas and doubled quotes, empty cells, a JSON array cell: what CRM exports hold.
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{i},\"Doe, Jane {i}\",jane{i}@example.com,{(i % 7 == 0 ? "" : "Ava Owner")},{i % 1000 / 10.0},{(i % 2 == 0 ? "true" : "false")},\"[\"\"vip\"\",\"\"t{i % 13}\"\"]\",\"said \"\"hi\"\" on call {i}\",2025-03-{1 + (i % 28):D2}T09:26:53Z\n"));
        }
    }
}
