using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Plans.Api;
using Plans.Api.Data;
using Platform.Contracts;
using Platform.Testing;

namespace Plans.Tests.Infrastructure;

/// <summary>The Plans service on its own real database and RabbitMQ virtual host, one per test class.</summary>
public sealed class PlansApiFactory : WebApplicationFactory<PlansApi>, IAsyncLifetime
{
    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string ConnectionString { get; private set; } = "";

    public Uri BrokerUri { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        ConnectionString = await servers.CreateDatabaseAsync("plans");
        BrokerUri = await servers.CreateVirtualHostAsync("plans");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:postgres", ConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", BrokerUri.ToString());
        builder.UseSetting("Auth:SigningKey", SigningKey);
    }

    public string Token(params string[] roles) => DevTokens.Issue(SigningKey, Agencies.Opcc, roles);

    public HttpClient ClientWithToken(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public HttpClient PartnershipOfficer() => ClientWithToken(Token(Roles.PartnershipOfficer));

    public PlansDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(ConnectionString).Options);

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
