using System.Net;

namespace MappingDsl.Sources.Wetroo;

/// <summary>A Wetroo call failed for good: an error answer, or retries exhausted.</summary>
public sealed class WetrooApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, without credentials.</param>
    /// <param name="statusCode">The HTTP status of the last attempt, if one was received.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public WetrooApiException(string message, HttpStatusCode? statusCode = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status of the last attempt.</summary>
    public HttpStatusCode? StatusCode { get; }
}
