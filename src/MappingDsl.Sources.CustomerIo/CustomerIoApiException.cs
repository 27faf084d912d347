using System.Net;

namespace MappingDsl.Sources.CustomerIo;

/// <summary>A Customer.io call failed for good (after retries, or with an error retrying cannot fix). Never carries the key.</summary>
public sealed class CustomerIoApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="status">The HTTP status, when there was an answer.</param>
    /// <param name="inner">The cause.</param>
    public CustomerIoApiException(string message, HttpStatusCode? status, Exception? inner = null)
        : base(message, inner) => Status = status;

    /// <summary>Creates the exception.</summary>
    public CustomerIoApiException() : base("Customer.io call failed")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    public CustomerIoApiException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="inner">The cause.</param>
    public CustomerIoApiException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>The HTTP status, when there was an answer.</summary>
    public HttpStatusCode? Status { get; }
}
