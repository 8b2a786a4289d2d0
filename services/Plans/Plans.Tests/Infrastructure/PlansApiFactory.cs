using Microsoft.EntityFrameworkCore;
using Plans.Api;
using Plans.Api.Data;
using Platform.Contracts;

namespace Plans.Tests.Infrastructure;

/// <summary>The Plans service on its own real database and RabbitMQ virtual host, one per test class.</summary>
public sealed class PlansApiFactory() : ServiceFactory<PlansApi>("plans")
{
    public string Token(params string[] roles) => Token(Agencies.Opcc, roles);

    public HttpClient PartnershipOfficer() => ClientWithToken(Token(Roles.PartnershipOfficer));

    public PlansDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(ConnectionString).Options);
}
