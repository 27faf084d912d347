using System.Globalization;

namespace MappingDsl.Sources.Events;

/// <summary>A half-open time window <c>[Start, End)</c>, the unit event exports are requested and resumed in.</summary>
/// <param name="Start">Inclusive start.</param>
/// <param name="End">Exclusive end.</param>
public readonly record struct DateWindow(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Consecutive windows of <paramref name="size"/> covering <c>[from, to)</c>; the last one may be shorter.</summary>
    /// <param name="from">Inclusive start.</param>
    /// <param name="to">Exclusive end.</param>
    /// <param name="size">Window length.</param>
    public static IEnumerable<DateWindow> Cover(DateTimeOffset from, DateTimeOffset to, TimeSpan size)
    {
        if (size <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(size), "windows must be longer than zero");
        }

        for (var start = from; start < to; start += size)
        {
            var end = start + size < to ? start + size : to;
            yield return new DateWindow(start, end);
        }
    }

    /// <summary>The window as the file-name-safe key spools and checkpoints use.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Start.UtcDateTime:yyyyMMddTHHmmss}-{End.UtcDateTime:yyyyMMddTHHmmss}");

    /// <summary>Formats an instant the way export APIs take it (<c>yyyy-MM-dd HH:mm:ss</c>, UTC).</summary>
    /// <param name="instant">The instant.</param>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => $"[{Format(Start)}, {Format(End)})";
}
