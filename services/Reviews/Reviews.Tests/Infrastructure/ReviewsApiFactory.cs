using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Testing;
using Reviews.Api;
using Reviews.Api.Data;

namespace Reviews.Tests.Infrastructure;

/// <summary>The Reviews service on its own real database and RabbitMQ virtual host, one per test class, with a clock the tests set.</summary>
public sealed class ReviewsApiFactory : WebApplicationFactory<ReviewsApi>, IAsyncLifetime
{
    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string ConnectionString { get; private set; } = "";

    public Uri BrokerUri { get; private set; } = null!;

    public TestClock Clock { get; } = new();

    public TelemetryRecorder Telemetry { get; } = new();

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        ConnectionString = await servers.CreateDatabaseAsync("reviews");
        BrokerUri = await servers.CreateVirtualHostAsync("reviews");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:postgres", ConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", BrokerUri.ToString());
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Telemetry));
    }

    /// <summary>The partnership's review manager.</summary>
    public HttpClient ReviewManager() => As(Agencies.Opcc, "review-manager-1", Roles.ReviewManager);

    /// <summary>The police partner system that notifies deaths.</summary>
    public HttpClient PolicePartnerSystem() => As(Agencies.Constabulary, "police-system", Roles.PartnerSystem);

    /// <summary>A panel member with account <paramref name="userId"/>; they see only the reviews that list them.</summary>
    public HttpClient PanelMember(string userId, string agency = Agencies.Constabulary) => As(agency, userId, Roles.ReviewPanelMember);

    public HttpClient PartnershipOfficer() => As(Agencies.Opcc, "officer-1", Roles.PartnershipOfficer);

    public HttpClient As(string agency, string userId, params string[] roles) =>
        ClientWithToken(DevTokens.Issue(SigningKey, agency, roles, subject: userId));

    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public ReviewsDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<ReviewsDbContext>().UseNpgsql(ConnectionString).Options);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        Telemetry.Dispose();
    }
}
