using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ServiceDefaults.Tests.Messaging;

/// <summary>The broker as an operator sees it (RabbitMQ management API), for one virtual host.</summary>
public sealed class RabbitManagement : IDisposable
{
    private readonly HttpClient http;
    private readonly string virtualHost;

    public RabbitManagement(Uri managementUri, Uri broker)
    {
        http = new HttpClient { BaseAddress = managementUri };
        var credentials = string.IsNullOrEmpty(managementUri.UserInfo) ? "guest:guest" : Uri.UnescapeDataString(managementUri.UserInfo);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        var name = Uri.UnescapeDataString(broker.AbsolutePath.TrimStart('/'));
        virtualHost = Uri.EscapeDataString(name.Length == 0 ? "/" : name);
    }

    public Task<JsonElement?> GetQueueAsync(string queue) => GetAsync($"api/queues/{virtualHost}/{Uri.EscapeDataString(queue)}");

    public Task<JsonElement?> GetExchangeAsync(string exchange) => GetAsync($"api/exchanges/{virtualHost}/{Uri.EscapeDataString(exchange)}");

    /// <summary>Reads up to <paramref name="count"/> messages and puts them back; unlike queue statistics this is immediate.</summary>
    public async Task<IReadOnlyList<JsonElement>> PeekMessagesAsync(string queue, int count = 100)
    {
        using var response = await http.PostAsJsonAsync(
            $"api/queues/{virtualHost}/{Uri.EscapeDataString(queue)}/get",
            new { count, ackmode = "ack_requeue_true", encoding = "auto" });
        // 404: not declared yet. 400: seen now and then on a loaded machine while the queue is being declared; callers poll.
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }

    /// <summary>
    /// Takes up to <paramref name="count"/> messages and hands them back unsettled, as an instance that crashed while
    /// handling them would: a quorum queue counts each in the message's <c>x-delivery-count</c>.
    /// </summary>
    public async Task<IReadOnlyList<JsonElement>> ReturnMessagesAsync(string queue, int count = 1)
    {
        using var response = await http.PostAsJsonAsync(
            $"api/queues/{virtualHost}/{Uri.EscapeDataString(queue)}/get",
            new { count, ackmode = "reject_requeue_true", encoding = "auto" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }

    /// <summary>A queue bound to <paramref name="exchange"/> that refuses every message, so the broker nacks publishes.</summary>
    public async Task DeclareRejectingQueueAsync(string queue, string exchange)
    {
        using var declared = await http.PutAsJsonAsync($"api/queues/{virtualHost}/{Uri.EscapeDataString(queue)}", new
        {
            durable = true,
            arguments = new Dictionary<string, object> { ["x-max-length"] = 0, ["x-overflow"] = "reject-publish" },
        });
        declared.EnsureSuccessStatusCode();
        using var bound = await http.PostAsJsonAsync(
            $"api/bindings/{virtualHost}/e/{Uri.EscapeDataString(exchange)}/q/{Uri.EscapeDataString(queue)}", new { routing_key = "" });
        bound.EnsureSuccessStatusCode();
    }

    public async Task DeleteQueueAsync(string queue)
    {
        using var response = await http.DeleteAsync($"api/queues/{virtualHost}/{Uri.EscapeDataString(queue)}");
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => http.Dispose();

    private async Task<JsonElement?> GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
