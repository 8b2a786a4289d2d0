using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Reviews.Api;
using Reviews.Api.Data;

namespace Reviews.Tests.Infrastructure;

/// <summary>The Reviews service on its own real database and RabbitMQ virtual host, one per test class, with a clock the tests set.</summary>
public class ReviewsApiFactory() : ServiceFactory<ReviewsApi>("reviews")
{
    /// <summary>Monday 12 January 2026, 09:00 in England.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 1, 12, 9, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(DefaultNow);

    public TelemetryRecorder Telemetry { get; } = new();

    protected override TimeProvider Time => Clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
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
        ClientWithToken(Token(agency, roles, subject: userId));

    public ReviewsDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<ReviewsDbContext>().UseNpgsql(ConnectionString).Options);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Telemetry.Dispose();
    }
}
