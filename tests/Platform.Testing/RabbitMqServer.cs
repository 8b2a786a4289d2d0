using System.Globalization;

namespace Platform.Testing;

/// <summary>
/// A dedicated throwaway RabbitMQ in a temp folder with its own ports (AMQP, management, distribution, epmd), for
/// outage tests. Disposing stops it and deletes its folder; so does the end of the test process, however it ends.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private const string Script = "rabbitmq.sh";
    private readonly string folder;
    private readonly string[] ports;

    private RabbitMqServer(string folder, int[] ports)
    {
        this.folder = folder;
        this.ports = [.. ports.Select(port => port.ToString(CultureInfo.InvariantCulture))];
        AmqpUri = new Uri($"amqp://guest:guest@127.0.0.1:{ports[0]}/");
        ManagementUri = new Uri($"http://127.0.0.1:{ports[1]}/");
    }

    /// <summary>The default virtual host <c>/</c> as guest.</summary>
    public Uri AmqpUri { get; }

    /// <summary>The management HTTP API (guest/guest).</summary>
    public Uri ManagementUri { get; }

    public static async Task<RabbitMqServer> StartNewAsync()
    {
        var folder = LocalServerScripts.CreateServerDirectory("rabbitmq");
        var ports = await LocalServerScripts.StartOnFreePortsAsync(4,
            ports => Start(folder, [.. ports.Select(port => port.ToString(CultureInfo.InvariantCulture))]));
        return new RabbitMqServer(folder, ports);
    }

    /// <summary>
    /// Kills the broker, as a crash would: clients lose their connections at once. RabbitMQ 3.10 writes a newly
    /// declared queue's definition lazily, so a queue declared moments before the kill may not come back
    /// (rabbitmq-server#15725); use <see cref="StopCleanlyAsync"/> when a test needs its queues after a restart.
    /// </summary>
    public Task StopAsync() => LocalServerScripts.RunAsync(Script, "stop", folder, "--kill");

    /// <summary>An orderly shutdown (several seconds on 3.10): every durable queue and persistent message survives.</summary>
    public Task StopCleanlyAsync() => LocalServerScripts.RunAsync(Script, "stop", folder);

    /// <summary>Starts again on the same ports with the same data (recovery takes several seconds).</summary>
    public Task StartAsync() => Start(folder, ports);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        LocalServerScripts.DeleteServerDirectory(folder);
    }

    private static Task Start(string folder, string[] ports) =>
        LocalServerScripts.RunAsync(Script, "start", folder, ports[0], "--throwaway", "--management-port", ports[1],
            "--dist-port", ports[2], "--epmd-port", ports[3], "--owner-pid", LocalServerScripts.OwnerPid);
}
