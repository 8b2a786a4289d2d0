using System.Net.Http.Json;
using Plans.Api.Reference.ListAreas;
using Plans.Tests.Infrastructure;
using Platform.Contracts;

namespace Plans.Tests.Reference;

public class ReferenceDataWithoutSeedTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task Without_the_setting_nothing_is_seeded()
    {
        var areas = await plans.ClientWithToken(plans.Token(Roles.Analyst)).GetFromJsonAsync<List<AreaResponse>>("/api/plans/reference/areas", TestJson.Options);

        Assert.Empty(areas!);
        await using var db = plans.NewDbContext();
        Assert.Empty(db.Plans);
    }
}
