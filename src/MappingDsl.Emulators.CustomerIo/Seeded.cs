namespace MappingDsl.Emulators.CustomerIo;

/// <summary>
/// Values derived from (seed, stream, index) alone, so any record can be generated without the ones before it: a
/// million events cost nothing until they are read, and the same seed always serves the same data.
/// </summary>
internal readonly record struct Seeded(int Seed)
{
    /// <summary>A well-mixed 64-bit value (SplitMix64 over the three inputs).</summary>
    public ulong Bits(int stream, long index)
    {
        var z = unchecked((ulong)Seed * 0x9E3779B97F4A7C15UL + (ulong)stream * 0xBF58476D1CE4E5B9UL + (ulong)index * 0x94D049BB133111EBUL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, 1).</summary>
    public double Unit(int stream, long index) => (Bits(stream, index) >> 11) * (1.0 / (1UL << 53));

    /// <summary>A value in [0, <paramref name="count"/>).</summary>
    public int Pick(int stream, long index, int count) => (int)(Bits(stream, index) % (ulong)count);
}
