using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plans.Api.DeliveryGroups;
using Plans.Tests.Actions;
using Plans.Tests.Infrastructure;
using Platform.Contracts;
using Platform.ServiceDefaults.Http;

namespace Plans.Tests.DeliveryGroups;

public class DeliveryGroupTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task An_officer_sets_up_a_group_everyone_can_read_it_and_the_change_is_audited()
    {
        var created = await plans.PartnershipOfficer().CreateGroupAsync("Serious Violence Delivery Group");

        var reader = plans.Scrutiny();
        var response = await reader.GetAsync($"/api/plans/delivery-groups/{created.Id}");
        var read = await response.Content.ReadFromJsonAsync<DeliveryGroupResponse>(TestJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{created.Version}\"", response.Headers.ETag?.Tag);
        Assert.Equal("Serious Violence Delivery Group", read!.Name);
        Assert.Equal("norfolk-constabulary", read.ChairAgency);
        Assert.Equal(["norfolk-constabulary", "norfolk-county-council", "probation-service"], read.MemberAgencies);
        var page = await plans.PartnershipOfficer().GetFromJsonAsync<JsonElement>($"/api/plans/audit?subjectId={created.Id}");
        Assert.Equal("delivery-group-created", Assert.Single(page.GetProperty("entries").EnumerateArray()).GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_second_group_with_the_same_name_is_a_conflict_and_writes_nothing()
    {
        var officer = plans.PartnershipOfficer();
        await officer.CreateGroupAsync("Reducing Reoffending Board");
        var before = await CountAsync();

        var second = await officer.PostAsJsonAsync("/api/plans/delivery-groups", new
        {
            name = "Reducing Reoffending Board",
            purpose = "A copy",
            chairAgency = "probation-service",
            memberAgencies = Array.Empty<string>(),
        });

        var problem = await second.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("delivery-group-name-taken", problem.GetProperty("rule").GetString());
        Assert.Equal(before, await CountAsync());
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"purpose": "p", "chairAgency": "norfolk-opcc", "memberAgencies": []}""", "name" },
        { """{"name": "Group", "purpose": "p", "chairAgency": "Norfolk Police", "memberAgencies": []}""", "chairAgency" },
        { """{"name": "Group", "purpose": "p", "chairAgency": "norfolk-opcc", "memberAgencies": ["ok-agency", "Not A Slug"]}""", "memberAgencies" },
        { """{"name": "Group", "purpose": "p", "chairAgency": "norfolk-opcc", "memberAgencies": "norfolk-opcc"}""", "memberAgencies" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_group_is_a_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        var before = await CountAsync();

        var response = await plans.PartnershipOfficer().PostAsync(
            "/api/plans/delivery-groups", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Only_partnership_officers_set_up_groups()
    {
        var lead = plans.DeliveryLead(Agencies.Constabulary);

        var response = await lead.PostAsJsonAsync("/api/plans/delivery-groups", new
        {
            name = "Self-appointed group",
            purpose = "p",
            chairAgency = "norfolk-constabulary",
            memberAgencies = Array.Empty<string>(),
        });

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("/api/plans/delivery-groups")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_group_is_a_404_problem()
    {
        var response = await plans.PartnershipOfficer().GetAsync($"/api/plans/delivery-groups/{Guid.NewGuid()}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("delivery-group-not-found", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Listing_pages_through_every_group_once_in_a_stable_order()
    {
        var officer = plans.PartnershipOfficer();
        for (var i = 0; i < 3; i++)
        {
            await officer.CreateGroupAsync($"Paged group {i}");
        }

        var seen = new List<Guid>();
        Guid? after = null;
        do
        {
            var page = await officer.GetFromJsonAsync<Page<DeliveryGroupResponse>>(
                $"/api/plans/delivery-groups?limit=2{(after is null ? "" : $"&after={after}")}", TestJson.Options);
            seen.AddRange(page!.Items.Select(g => g.Id));
            after = page.NextAfter;
        }
        while (after is not null);

        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(seen.Order().ToList(), seen);
        Assert.Equal(await CountAsync(), seen.Count);
    }

    private async Task<int> CountAsync()
    {
        _ = plans.Server;
        await using var db = plans.NewDbContext();
        return await db.DeliveryGroups.CountAsync();
    }
}
