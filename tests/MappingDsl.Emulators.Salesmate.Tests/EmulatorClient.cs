using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Tests;

/// <summary>A bare HTTP client for the emulator, so the tests see exactly what goes over the wire.</summary>
internal sealed class EmulatorClient(SalesmateEmulator emulator) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = emulator.BaseUri };

    public async Task<(int Status, JsonDocument Body, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string uri, string? body = null, string? token = null, string? link = null)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("accessToken", token ?? emulator.AccessKey);
        request.Headers.TryAddWithoutValidation("x-linkname", link ?? $"{emulator.LinkName}.salesmate.io");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        var response = await _http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(bytes), response);
    }

    public Task<(int Status, JsonDocument Body, HttpResponseMessage Response)> SearchAsync(string module, int rows, long from, string body = "{}") =>
        SendAsync(HttpMethod.Post, $"apis/{module}/v4/search?rows={rows}&from={from}", body);

    public async Task<string> RawSearchAsync(string module, int rows, long from)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"apis/{module}/v4/search?rows={rows}&from={from}");
        request.Headers.TryAddWithoutValidation("accessToken", emulator.AccessKey);
        request.Headers.TryAddWithoutValidation("x-linkname", $"{emulator.LinkName}.salesmate.io");
        request.Content = new StringContent("{}", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await _http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    public void Dispose() => _http.Dispose();
}
