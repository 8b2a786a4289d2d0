using Consultation.Api;
using Consultation.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Tests.Infrastructure;

/// <summary>The service as <c>./platform up</c> starts it: the synthetic reference consultations seeded at start-up.</summary>
public sealed class SeededConsultationApiFactory() : ServiceFactory<ConsultationApi>("consultation-seeded")
{
    protected override string BrokerUserName => "consultation";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Consultation:SeedReferenceData", "true");
    }

    public HttpClient Public() => CreateClient();

    public ConsultationDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<ConsultationDbContext>().UseNpgsql(ConnectionString).Options);
}
