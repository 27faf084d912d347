using System.Net;
using System.Text;

namespace MappingDsl.Sources.Salesmate.Tests;

public sealed class SalesmateTransportTests
{
    [Fact]
    public async Task A_rate_faster_than_the_limiter_timer_keeps_granting_calls_past_the_first_burst()
    {
        // A million calls a minute is one call per 60 µs, below the timer's millisecond: the limiter must refill in
        // steps rather than once. 2 500 calls outlast the burst and the first refill several times over.
        var options = new SalesmateOptions
        {
            LinkName = "acme",
            AccessToken = "token",
            BaseUri = new Uri("http://127.0.0.1:9/"),
            CallsPerWindow = 1_000_000,
            RateWindow = TimeSpan.FromMinutes(1),
            RateBurst = 1_000,
        };
        using var http = new HttpClient(new Succeeding());
        using var transport = new SalesmateTransport(options, http);

        var answered = 0;
        // The guard only turns a stalled limiter into a failure instead of a hung test run.
        await Task.Run(async () =>
        {
            for (var i = 0; i < 2_500; i++)
            {
                await transport.SendAsync(HttpMethod.Get, "apis/core/v4/users", null, CancellationToken.None);
                answered++;
            }
        }).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(2_500, answered);
    }

    private sealed class Succeeding : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"Status":"success","Data":[]}""", Encoding.UTF8, "application/json"),
            });
    }
}
