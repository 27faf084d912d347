namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>
/// Stateless, seeded pseudo-randomness: every value is a pure function of (seed, salt, index), so a record can be
/// generated on demand from its index and 100 000 records never sit in memory.
/// </summary>
internal readonly struct Hashing(int seed)
{
    public ulong Hash(string salt, long index) => Mix(((ulong)(uint)seed << 32) ^ Fnv(salt) ^ Mix((ulong)index + 0x9E3779B97F4A7C15UL));

    public double Unit(string salt, long index) => (Hash(salt, index) >> 11) * (1.0 / (1UL << 53));

    public int Int(string salt, long index, int minInclusive, int maxExclusive) =>
        minInclusive + (int)(Hash(salt, index) % (ulong)(maxExclusive - minInclusive));

    public T Pick<T>(string salt, long index, IReadOnlyList<T> items) => items[Int(salt, index, 0, items.Count)];

    public bool Chance(string salt, long index, double share) => share > 0 && Unit(salt, index) < share;

    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
