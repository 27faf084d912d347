using BenchmarkDotNet.Attributes;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// One record, five ways and the floor: the generated transform (the ratio's baseline) against a hand-written
/// <c>Utf8JsonWriter</c> mapper (the floor), a dictionary round trip (a generic dynamic tool), Riok.Mapperly and
/// AutoMapper (DTO, then System.Text.Json). Every approach starts from the same UTF-8 bytes and ends with the body.
/// </summary>
[MemoryDiagnoser]
public class PerRecordBenchmarks
{
    private Approaches _approaches = null!;
    private byte[] _json = [];
    private int _size;

    /// <summary>The record transformed.</summary>
    [Params(RecordKind.Contact, RecordKind.Deal, RecordKind.Meeting)]
    public RecordKind Record { get; set; }

    /// <summary>Checks every approach writes the same body, then picks the sample.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Equivalence.Verify();
        _approaches = new Approaches(Records.Resolver());
        _json = Records.Of(Record);
        _approaches.Generated(Record, _json);
        _size = _approaches.LastBody("Generated").Length;
    }

    /// <summary>Releases the writers.</summary>
    [GlobalCleanup]
    public void Cleanup() => _approaches.Dispose();

    /// <summary>The pack's generated transform into a <c>RecordWriter</c>.</summary>
    [Benchmark(Baseline = true)]
    public int Generated() => _approaches.Generated(Record, _json);

    /// <summary>The same pair through its pair method and typed entity (before direct writes).</summary>
    [Benchmark]
    public int GeneratedEntityPath() => _approaches.GeneratedEntityPath(Record, _json);

    /// <summary>The floor: the source's tokens copied to a body of the generated body's size, no mapping.</summary>
    [Benchmark]
    public int Floor() => _approaches.Floor(_json, _size);

    /// <summary>Hand-written mapper over the typed source, <c>Utf8JsonWriter</c>.</summary>
    [Benchmark]
    public int HandWritten() => _approaches.HandWritten(Record, _json);

    /// <summary>Deserialize to a dictionary, build a dictionary, serialize it.</summary>
    [Benchmark]
    public int Dictionary() => _approaches.Dictionary(Record, _json);

    /// <summary>Riok.Mapperly to a DTO, then System.Text.Json.</summary>
    [Benchmark]
    public int Mapperly() => _approaches.Mapperly(Record, _json);

    /// <summary>AutoMapper to a DTO, then System.Text.Json.</summary>
    [Benchmark]
    public int AutoMapper() => _approaches.AutoMapper(Record, _json);
}
