namespace MappingDsl;

/// <summary>
/// The result of a 1:many split pair: exactly one of two target records. Written by returning either record from a
/// conditional or switch expression; the implicit conversions do the wrapping.
/// </summary>
/// <typeparam name="T1">The first target type.</typeparam>
/// <typeparam name="T2">The second target type.</typeparam>
public readonly struct Split<T1, T2>
    where T1 : class
    where T2 : class
{
    private Split(T1? first, T2? second)
    {
        First = first;
        Second = second;
    }

    /// <summary>The first target record, when the split chose it.</summary>
    public T1? First { get; }

    /// <summary>The second target record, when the split chose it.</summary>
    public T2? Second { get; }

    /// <summary>Wraps a first-target record.</summary>
    public static implicit operator Split<T1, T2>(T1 record) => new(record, null);

    /// <summary>Wraps a second-target record.</summary>
    public static implicit operator Split<T1, T2>(T2 record) => new(null, record);
}
