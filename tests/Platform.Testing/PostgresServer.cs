using System.Globalization;

namespace Platform.Testing;

/// <summary>
/// A dedicated throwaway PostgreSQL 15 (fsync off) in a temp folder, for tests that restart the database; or, from
/// <see cref="StartDurableAsync"/>, one with production durability for benchmarks that measure commits.
/// Disposing stops it and deletes its folder; so does the end of the test process, however it ends.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Script = "postgres.sh";
    private readonly string folder;
    private readonly string port;
    private readonly bool durable;

    private PostgresServer(string folder, int port, bool durable)
    {
        this.folder = folder;
        this.port = port.ToString(CultureInfo.InvariantCulture);
        this.durable = durable;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    /// <summary>Superuser connection to the <c>postgres</c> database.</summary>
    public string ConnectionString { get; }

    /// <summary>The data folder (to report which file system a benchmark's commits went to).</summary>
    public string Folder => folder;

    public static Task<PostgresServer> StartNewAsync() => StartNewAsync(durable: false);

    /// <summary>fsync, synchronous_commit and full_page_writes on (PostgreSQL's defaults): commits cost what they cost in production.</summary>
    public static Task<PostgresServer> StartDurableAsync() => StartNewAsync(durable: true);

    private static async Task<PostgresServer> StartNewAsync(bool durable)
    {
        var folder = LocalServerScripts.CreateServerDirectory("postgres");
        var ports = await LocalServerScripts.StartOnFreePortsAsync(1, ports => Start(folder, ports[0].ToString(CultureInfo.InvariantCulture), durable));
        return new PostgresServer(folder, ports[0], durable);
    }

    /// <summary>
    /// Stops at once, disconnecting every client (fast shutdown). Not a crash: with synchronous_commit off, a crash
    /// would lose the last commits, which a test would mistake for the application losing data.
    /// </summary>
    public Task StopAsync() => LocalServerScripts.RunAsync(Script, "stop", folder);

    /// <summary>Starts again on the same port with the same data.</summary>
    public Task StartAsync() => Start(folder, port, durable);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        LocalServerScripts.DeleteServerDirectory(folder);
    }

    private static Task Start(string folder, string port, bool durable) => durable
        ? LocalServerScripts.RunAsync(Script, "start", folder, port, "--owner-pid", LocalServerScripts.OwnerPid)
        : LocalServerScripts.RunAsync(Script, "start", folder, port, "--throwaway", "--owner-pid", LocalServerScripts.OwnerPid);
}
