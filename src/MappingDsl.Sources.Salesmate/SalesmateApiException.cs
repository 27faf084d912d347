using System.Net;

namespace MappingDsl.Sources.Salesmate;

/// <summary>A Salesmate call failed for good: a failure envelope, an HTTP error or retries exhausted.</summary>
public sealed class SalesmateApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, without credentials.</param>
    /// <param name="statusCode">The HTTP status of the last attempt, if one was received.</param>
    /// <param name="errorName">The envelope's error name, if any.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public SalesmateApiException(string message, HttpStatusCode? statusCode = null, string? errorName = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        ErrorName = errorName;
    }

    /// <summary>The HTTP status of the last attempt.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The failure envelope's error name (e.g. <c>AuthorizationFailed</c>).</summary>
    public string? ErrorName { get; }
}
