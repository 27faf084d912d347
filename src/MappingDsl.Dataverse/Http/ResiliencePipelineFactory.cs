using System.Net;
using Polly;
using Polly.Retry;

namespace MappingDsl.Dataverse.Http;

/// <summary>
/// The retry pipeline: 429 waits exactly <c>Retry-After</c>; transient 5xx, dropped connections and timeouts back off
/// exponentially with jitter. Anything else (a 4xx about the data) is returned at once: retrying cannot fix it.
/// </summary>
internal static class ResiliencePipelineFactory
{
    public static ResiliencePipeline<HttpResponseMessage> Create(DataverseClientOptions options, Func<HttpResponseMessage, ValueTask> onThrottled, TimeProvider time) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                // 429s and transient failures have separate budgets (checked in ShouldHandle): being throttled is
                // the platform working as designed and must not exhaust the retries meant for real failures.
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests }
                        ? args.AttemptNumber < options.MaxThrottleRetries
                        : args.AttemptNumber < options.MaxRetries && IsRetryable(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args =>
                {
                    if (args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } throttled)
                        return ValueTask.FromResult(RetryAfter.Read(throttled.Headers) ?? (TimeSpan?)null);
                    return ValueTask.FromResult<TimeSpan?>(null);
                },
                OnRetry = async args =>
                {
                    if (args.Outcome.Result is { } response)
                    {
                        if (response.StatusCode == HttpStatusCode.TooManyRequests) await onThrottled(response).ConfigureAwait(false);
                        response.Dispose();
                    }
                },
            })
            .Build();

    private static bool IsRetryable(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Exception is HttpRequestException or IOException) return true;
        if (outcome.Exception is OperationCanceledException) return !cancellationToken.IsCancellationRequested;
        if (outcome.Result is not { } response) return false;
        return response.StatusCode is HttpStatusCode.TooManyRequests
            or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout;
    }
}
