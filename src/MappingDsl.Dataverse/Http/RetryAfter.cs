using System.Globalization;
using System.Net.Http.Headers;

namespace MappingDsl.Dataverse.Http;

/// <summary>Reads <c>Retry-After</c>: delta seconds (Dataverse sends an integer; a decimal is accepted too) or a date.</summary>
internal static class RetryAfter
{
    public static TimeSpan? Read(HttpResponseHeaders headers)
    {
        if (headers.TryGetValues("Retry-After", out var values))
        {
            foreach (var raw in values)
            {
                if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    return TimeSpan.FromSeconds(seconds);
                if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
                {
                    var wait = when - DateTimeOffset.UtcNow;
                    return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
                }
            }
        }
        return null;
    }
}
