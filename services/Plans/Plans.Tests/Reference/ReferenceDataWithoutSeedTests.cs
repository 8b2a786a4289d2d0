using System.Net.Http.Json;
using Plans.Api.Domain;
using Plans.Api.Reference.ListAreas;
using Plans.Api.Reference.ListEnablers;
using Plans.Tests.Infrastructure;
using Platform.Contracts;

namespace Plans.Tests.Reference;

public class ReferenceDataWithoutSeedTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task Without_the_setting_nothing_is_seeded()
    {
        var areas = await plans.Analyst().GetFromJsonAsync<List<AreaResponse>>("/api/plans/reference/areas", TestJson.Options);

        Assert.Empty(areas!);
        await using var db = plans.NewDbContext();
        Assert.Empty(db.Plans);
    }

    [Fact]
    public async Task The_four_enablers_are_listed_in_the_plan_s_words_with_their_slugs()
    {
        var enablers = await plans.Scrutiny().GetFromJsonAsync<List<EnablerResponse>>(
            "/api/plans/reference/enablers", TestJson.Options);

        Assert.Equal(Enablers.All, enablers!.Select(e => e.Slug));
        Assert.StartsWith("The public are aware of community safety issues", enablers![0].Description, StringComparison.Ordinal);
    }
}
