namespace MappingDsl.Emulators.Wetroo.Data;

/// <summary>
/// Pseudo-randomness that is a pure function of (seed, salt, index): a record is generated from its index alone, so any
/// volume is served without holding records in memory, and the same seed always gives the same data.
/// </summary>
internal readonly struct Seeded(int seed)
{
    public ulong Next(string salt, long index)
    {
        var x = ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ StringHash(salt) ^ ((ulong)index * 0xD1B54A32D192ED03UL);
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        return x ^ (x >> 33);
    }

    public double Unit(string salt, long index) => (Next(salt, index) >> 11) * (1.0 / (1UL << 53));

    public int Int(string salt, long index, int min, int maxExclusive) => min + (int)(Next(salt, index) % (ulong)(maxExclusive - min));

    public T Pick<T>(string salt, long index, IReadOnlyList<T> items) => items[Int(salt, index, 0, items.Count)];

    public bool Chance(string salt, long index, double share) => share > 0 && Unit(salt, index) < share;

    private static ulong StringHash(string text)
    {
        var hash = 1469598103934665603UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
