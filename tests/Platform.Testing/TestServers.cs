using System.Text.RegularExpressions;
using Npgsql;

namespace Platform.Testing;

/// <summary>
/// The PostgreSQL and RabbitMQ every test in the process shares, started once. <c>./platform test</c> starts one pair
/// for all test assemblies and passes it in PLATFORM_TEST_POSTGRES (Npgsql connection string, superuser),
/// PLATFORM_TEST_RABBITMQ (amqp URI) and PLATFORM_TEST_RABBITMQ_MANAGEMENT (http URI); without them (a test run from
/// an IDE) this process starts throwaway servers of its own, which vanish when it exits.
/// Tests isolate themselves with a database and a virtual host per test class.
/// </summary>
public sealed partial class TestServers
{
    private static readonly Lazy<Task<TestServers>> Shared = new(StartAsync);
    private readonly string postgres;
    private readonly Uri amqp;

    private TestServers(string postgres, Uri amqp, Uri management)
    {
        this.postgres = postgres;
        this.amqp = amqp;
        ManagementUri = management;
    }

    /// <summary>RabbitMQ management HTTP API (guest/guest unless the URI carries other credentials).</summary>
    public Uri ManagementUri { get; }

    public static Task<TestServers> SharedAsync() => Shared.Value;

    /// <summary>A new empty database named after <paramref name="prefix"/>; returns its Npgsql connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = UniqueName(prefix, '_');
        await using (var connection = new NpgsqlConnection(postgres))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString;
    }

    /// <summary>A new virtual host named after <paramref name="prefix"/>; returns the amqp URI that reaches it.</summary>
    public async Task<Uri> CreateVirtualHostAsync(string prefix)
    {
        var virtualHost = UniqueName(prefix, '-');
        var user = Uri.UnescapeDataString(amqp.UserInfo.Split(':')[0]);
        await RabbitMqManagement.CreateVirtualHostAsync(ManagementUri, virtualHost, string.IsNullOrEmpty(user) ? "guest" : user);
        return new UriBuilder(amqp) { Path = "/" + Uri.EscapeDataString(virtualHost) }.Uri;
    }

    /// <summary>
    /// The amqp URI of <paramref name="virtualHostUri"/>'s virtual host as <paramref name="user"/>, who may do only
    /// what <paramref name="permissions"/> allows there. Users are broker-wide, so the password is derived from the
    /// name: two test classes creating the same user agree on it.
    /// </summary>
    public async Task<Uri> CreateUserAsync(Uri virtualHostUri, string user, BrokerPermissions permissions)
    {
        ArgumentNullException.ThrowIfNull(virtualHostUri);
        var virtualHost = Uri.UnescapeDataString(virtualHostUri.AbsolutePath.TrimStart('/'));
        var password = user + "-test-password";
        await RabbitMqManagement.CreateUserAsync(ManagementUri, virtualHost, user, password, permissions);
        return new UriBuilder(virtualHostUri) { UserName = Uri.EscapeDataString(user), Password = Uri.EscapeDataString(password) }.Uri;
    }

    private static async Task<TestServers> StartAsync()
    {
        var givenPostgres = Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES");
        var givenAmqp = Environment.GetEnvironmentVariable("PLATFORM_TEST_RABBITMQ");
        var givenManagement = Environment.GetEnvironmentVariable("PLATFORM_TEST_RABBITMQ_MANAGEMENT");

        // Both start at once.
        var postgresStart = string.IsNullOrEmpty(givenPostgres) ? PostgresServer.StartNewAsync() : null;
        var rabbitMqStart = string.IsNullOrEmpty(givenAmqp) || string.IsNullOrEmpty(givenManagement) ? RabbitMqServer.StartNewAsync() : null;
        var postgres = postgresStart is null ? null : await postgresStart;
        var rabbitMq = rabbitMqStart is null ? null : await rabbitMqStart;

        return new TestServers(
            postgres?.ConnectionString ?? givenPostgres!,
            rabbitMq?.AmqpUri ?? new Uri(givenAmqp!),
            rabbitMq?.ManagementUri ?? new Uri(givenManagement!));
    }

    private static string UniqueName(string prefix, char separator)
    {
        var readable = NotNameCharacters().Replace(prefix.ToLowerInvariant(), separator.ToString()).Trim(separator);
        readable = readable.Length == 0 ? "test" : readable[..Math.Min(readable.Length, 40)];
        return $"{readable}{separator}{Guid.NewGuid().ToString("N")[..12]}";
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotNameCharacters();
}
