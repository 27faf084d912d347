namespace MappingDsl;

/// <summary>Thrown by <see cref="Unmapped.Fail{T}"/>; the engine quarantines the record with this message.</summary>
public sealed class UnmappedValueException : Exception
{
    /// <summary>Creates the exception for a source value.</summary>
    /// <param name="value">The value no matrix row covers.</param>
    public UnmappedValueException(string? value)
        : base($"Source value '{value}' has no row in the picklist matrix.") => Value = value;

    /// <summary>The value no matrix row covers.</summary>
    public string? Value { get; }
}
