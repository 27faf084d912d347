using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MappingDsl.Emulators.Dataverse.Tests;

/// <summary>A plain HttpClient speaking the documented protocol: the emulator must work for any client, not only ours.</summary>
internal sealed class RawClient : IAsyncDisposable
{
    private readonly HttpClient _http;

    private RawClient(DataverseEmulator emulator, string user)
    {
        Emulator = emulator;
        _http = new HttpClient { BaseAddress = emulator.ServiceRoot };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user);
        _http.DefaultRequestHeaders.Add("OData-Version", "4.0");
    }

    public DataverseEmulator Emulator { get; }

    public static async Task<RawClient> StartAsync(DataverseEmulatorOptions? options = null, string user = "raw") =>
        new(await DataverseEmulator.StartAsync(options), user);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? json = null, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return _http.SendAsync(request);
    }

    public async Task<JsonElement> JsonAsync(HttpMethod method, string url, string? json = null, params (string Name, string Value)[] headers)
    {
        using var response = await SendAsync(method, url, json, headers);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<(int Status, string Code, string Message)> ErrorAsync(HttpMethod method, string url, string? json = null)
    {
        using var response = await SendAsync(method, url, json);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        return ((int)response.StatusCode, error.GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }

    public async Task<Guid> CreateAsync(string set, string json)
    {
        using var response = await SendAsync(HttpMethod.Post, set, json);
        Assert.Equal(204, (int)response.StatusCode);
        var address = response.Headers.GetValues("OData-EntityId").Single();
        return Guid.Parse(address[(address.LastIndexOf('(') + 1)..^1]);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Emulator.DisposeAsync();
    }
}
