using BenchmarkDotNet.Attributes;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// Throughput over a batch of 10 000 contacts (3 leads : 2 contacts through the split, distinct ids). Each operation
/// is one record, so Mean is time per record (records/s = 1e9 / Mean in ns) and Allocated is bytes per record.
/// </summary>
[MemoryDiagnoser]
public class ContactBatchBenchmarks
{
    private const int BatchSize = 10_000;

    private Approaches _approaches = null!;
    private byte[][] _batch = [];
    private int[] _sizes = [];

    /// <summary>Checks every approach writes the same body, then builds the batch.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Equivalence.Verify();
        _approaches = new Approaches(Records.Resolver());
        _batch = Records.Contacts(Smoke.Active ? Smoke.BatchSize : BatchSize);
        _sizes = new int[_batch.Length];
        for (var i = 0; i < _batch.Length; i++)
        {
            _approaches.Generated(RecordKind.Contact, _batch[i]);
            _sizes[i] = _approaches.LastBody("Generated").Length;
        }
    }

    /// <summary>Releases the writers.</summary>
    [GlobalCleanup]
    public void Cleanup() => _approaches.Dispose();

    /// <summary>The pack's generated transform into a <c>RecordWriter</c>, cleared between records.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public long Generated()
    {
        long bytes = 0;
        foreach (var json in _batch)
            bytes += _approaches.Generated(RecordKind.Contact, json);
        return bytes;
    }

    /// <summary>The same pair through its pair method and typed entity (before direct writes).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public long GeneratedEntityPath()
    {
        long bytes = 0;
        foreach (var json in _batch)
            bytes += _approaches.GeneratedEntityPath(RecordKind.Contact, json);
        return bytes;
    }

    /// <summary>The floor: each record's tokens copied to a body of its generated body's size, no mapping.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public long Floor()
    {
        long bytes = 0;
        for (var i = 0; i < _batch.Length; i++)
            bytes += _approaches.Floor(_batch[i], _sizes[i]);
        return bytes;
    }

    /// <summary>Hand-written mapper over the typed source, <c>Utf8JsonWriter</c>.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public long HandWritten()
    {
        long bytes = 0;
        foreach (var json in _batch)
            bytes += _approaches.HandWritten(RecordKind.Contact, json);
        return bytes;
    }

    /// <summary>Deserialize to a dictionary, build a dictionary, serialize it.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public long Dictionary()
    {
        long bytes = 0;
        foreach (var json in _batch)
            bytes += _approaches.Dictionary(RecordKind.Contact, json);
        return bytes;
    }

    /// <summary>Riok.Mapperly to a DTO, then System.Text.Json.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public long Mapperly()
    {
        long bytes = 0;
        foreach (var json in _batch)
            bytes += _approaches.Mapperly(RecordKind.Contact, json);
        return bytes;
    }

    /// <summary>AutoMapper to a DTO, then System.Text.Json.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public long AutoMapper()
    {
        long bytes = 0;
        foreach (var json in _batch)
            bytes += _approaches.AutoMapper(RecordKind.Contact, json);
        return bytes;
    }
}
