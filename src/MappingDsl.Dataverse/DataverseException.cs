using System.Net;

namespace MappingDsl.Dataverse;

/// <summary>Dataverse refused a request. Carries the HTTP status and the Web API's <c>error.code</c>/<c>error.message</c>.</summary>
public sealed class DataverseException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="code">The Web API error code (for example <c>0x80044331</c>), or empty.</param>
    /// <param name="message">The Web API error message.</param>
    public DataverseException(HttpStatusCode status, string code, string message)
        : base($"Dataverse returned {(int)status} {code}: {message}")
    {
        Status = status;
        Code = code;
        ErrorMessage = message;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The Web API error code, or empty.</summary>
    public string Code { get; }

    /// <summary>The Web API error message.</summary>
    public string ErrorMessage { get; }
}
