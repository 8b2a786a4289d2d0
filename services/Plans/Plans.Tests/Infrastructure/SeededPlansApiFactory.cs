using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Plans.Api;
using Plans.Api.Data;
using Platform.Contracts;

namespace Plans.Tests.Infrastructure;

/// <summary>The Plans service started as <c>./platform up</c> starts it: with <c>Plans:SeedReferenceData=true</c>.</summary>
public sealed class SeededPlansApiFactory() : ServiceFactory<PlansApi>("plans")
{
    public HttpClient Client(params string[] roles) => ClientWithToken(Token(Agencies.Opcc, roles));

    public PlansDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(ConnectionString).Options);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Plans:SeedReferenceData", "true");
    }
}
