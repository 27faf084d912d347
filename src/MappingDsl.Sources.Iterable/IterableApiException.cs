using System.Net;

namespace MappingDsl.Sources.Iterable;

/// <summary>An Iterable call failed for good (after retries, or with an error retrying cannot fix). Never carries the key.</summary>
public sealed class IterableApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="status">The HTTP status, when there was an answer.</param>
    /// <param name="code">Iterable's error code (<c>BadApiKey</c>, <c>RateLimitExceeded</c> …), when the body had one.</param>
    /// <param name="inner">The cause.</param>
    public IterableApiException(string message, HttpStatusCode? status = null, string? code = null, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
        Code = code;
    }

    /// <summary>Creates the exception.</summary>
    public IterableApiException() : base("Iterable call failed")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    public IterableApiException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="inner">The cause.</param>
    public IterableApiException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>The HTTP status, when there was an answer.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>Iterable's error code, when the body had one.</summary>
    public string? Code { get; }
}
