using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Retention;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// A service hosted for one test class on its own real database and RabbitMQ virtual host (on the shared test
/// servers), trusting the test authority (the real identity service, <see cref="TestAuthority"/>). Derived factories
/// add the clients their tests speak as
/// and, through <see cref="Time"/>, a clock the tests set.
/// </summary>
public abstract class ServiceFactory<TEntryPoint>(string serviceName) : WebApplicationFactory<TEntryPoint>, IAsyncLifetime
    where TEntryPoint : class
{
    public TestAuthority Authority { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public Uri BrokerUri { get; private set; } = null!;

    /// <summary>The amqp URI of this service's virtual host as <paramref name="user"/>, limited to <paramref name="permissions"/>.</summary>
    public async Task<Uri> BrokerUserAsync(string user, BrokerPermissions permissions) =>
        await (await TestServers.SharedAsync()).CreateUserAsync(BrokerUri, user, permissions);

    /// <summary>The service's name on the broker (its ServiceIdentity), which prefixes every queue and exchange it owns.</summary>
    protected virtual string BrokerUserName => serviceName;

    /// <summary>The service's clock; null keeps the real one.</summary>
    protected virtual TimeProvider? Time => null;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        Authority = await TestAuthority.SharedAsync();
        ConnectionString = await servers.CreateDatabaseAsync(serviceName);
        BrokerUri = await servers.CreateVirtualHostAsync(serviceName);
        // Tests stand in for the other services' outboxes by publishing their events through this service's bus, so
        // the service's user may also write event exchanges; otherwise it has what ./platform up gives it. (A publish
        // the broker refuses on permissions never completes in MassTransit 8.5: the tests hung.)
        ServiceBrokerUri = await servers.CreateUserAsync(
            BrokerUri, BrokerUserName, BrokerPermissions.Service(BrokerUserName).AlsoPublishingOtherServicesEvents());
    }

    /// <summary>
    /// What the service itself connects as: its own RabbitMQ user with the permissions ./platform up gives it, so every
    /// test runs the service's topology under them. <see cref="BrokerUri"/> is the administrator, for the tests' own use.
    /// </summary>
    public Uri ServiceBrokerUri { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("ConnectionStrings:postgres", ConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", ServiceBrokerUri.ToString());
        builder.UseSetting("Auth:Authority", Authority.Address.ToString());
        if (Time is { } time)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }
    }

    /// <summary>
    /// Runs the service's retention rules now, after any run already under way (its own timer's), and returns how many
    /// records each rule changed. Tests move the service's clock rather than wait for periods to pass.
    /// </summary>
    public Task<IReadOnlyDictionary<string, int>> RunRetentionAsync<TContext>()
        where TContext : DbContext =>
        Services.GetRequiredService<RetentionJob<TContext>>().RunOnceAsync(waitForOtherRuns: true, CancellationToken.None);

    /// <summary>A token for someone of <paramref name="agency"/> in <paramref name="roles"/>.</summary>
    public string Token(string agency, string[] roles, string? district = null, string? subject = null) =>
        Authority.Token(agency, roles, district, subject);

    /// <summary>A client that sends <paramref name="token"/> as its bearer token; null for an anonymous caller.</summary>
    public HttpClient ClientWithToken(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
