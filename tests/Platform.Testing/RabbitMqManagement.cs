using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Platform.Testing;

/// <summary>The few RabbitMQ management API calls the fixtures need.</summary>
internal static class RabbitMqManagement
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task CreateVirtualHostAsync(Uri management, string virtualHost, string user)
    {
        var escaped = Uri.EscapeDataString(virtualHost);
        await PutAsync(management, $"api/vhosts/{escaped}", new { });
        await PutAsync(management, $"api/permissions/{escaped}/{Uri.EscapeDataString(user)}",
            new { configure = ".*", write = ".*", read = ".*" });
    }

    /// <summary>
    /// A user (created, or its password reset) with the given permission patterns on one virtual host only, as
    /// ./platform up gives a partner system or a service.
    /// </summary>
    public static async Task CreateUserAsync(Uri management, string virtualHost, string user, string password, BrokerPermissions permissions)
    {
        // Test classes running at once create the same user (one per service, same password); RabbitMQ answers the
        // loser of that race 400 user_already_exists, which here means the user is there as wanted.
        try
        {
            await PutAsync(management, $"api/users/{Uri.EscapeDataString(user)}", new { password, tags = "" });
        }
        catch (InvalidOperationException e) when (e.Message.Contains("user_already_exists", StringComparison.Ordinal))
        {
        }

        await PutAsync(management, $"api/permissions/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(user)}",
            new { configure = permissions.Configure, write = permissions.Write, read = permissions.Read });
    }

    private static async Task PutAsync(Uri management, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(management, path))
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Credentials(management))));
        using var response = await Http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"PUT {path} on {management.Authority} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static string Credentials(Uri management) =>
        string.IsNullOrEmpty(management.UserInfo) ? "guest:guest" : Uri.UnescapeDataString(management.UserInfo);
}

/// <summary>RabbitMQ's three permission patterns (regular expressions over exchange and queue names; "^$" is none).</summary>
public sealed record BrokerPermissions(string Configure, string Write, string Read)
{
    /// <summary>What ./platform up gives a service of that name (deploy/rabbitmq/permissions.conf).</summary>
    public static BrokerPermissions Service(string name) => FromConfiguration("service", name);

    /// <summary>
    /// These permissions plus writing to any service's event exchanges (<c>plans.priority-adopted.v1</c>): for a test
    /// that stands in for another service's outbox by publishing its events through this service's own bus.
    /// </summary>
    public BrokerPermissions AlsoPublishingOtherServicesEvents() =>
        this with { Write = Write.Replace("^(", @"^([a-z-]+\.[a-z0-9-]+\.v[0-9]+|", StringComparison.Ordinal) };

    /// <summary>What ./platform up gives a partner system: publish to Prevent's intake exchange, nothing else.</summary>
    public static BrokerPermissions Partner(string name) => FromConfiguration("partner", name);

    private static BrokerPermissions FromConfiguration(string kind, string name)
    {
        var path = Path.Combine(RepositoryRoot.FullPath, "deploy", "rabbitmq", "permissions.conf");
        var fields = File.ReadLines(path)
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Single(columns => columns.Length == 4 && columns[0] == kind);
        return new BrokerPermissions(
            fields[1].Replace("NAME", name, StringComparison.Ordinal),
            fields[2].Replace("NAME", name, StringComparison.Ordinal),
            fields[3].Replace("NAME", name, StringComparison.Ordinal));
    }
}
