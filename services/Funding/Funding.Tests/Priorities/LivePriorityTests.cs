using System.Net;
using System.Net.Http.Json;
using Funding.Tests.Infrastructure;
using Plans.Contracts;

namespace Funding.Tests.Priorities;

/// <summary>Funding's copy of the plan's priorities follows Plans' events over the broker.</summary>
public class LivePriorityTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    [Fact]
    public async Task A_priority_adopted_in_Plans_can_be_applied_for_and_once_retired_cannot_and_open_applications_show_it()
    {
        var priorityId = Guid.CreateVersion7();
        await funding.PublishAsync(new PriorityAdopted
        {
            OccurredAt = FundingApiFactory.DefaultNow, PriorityId = priorityId, Title = "Serious violence", StrategicTheme = "Violence", SponsorAgency = "norfolk-constabulary",
        });
        var applicant = funding.Partner("norwich-youth-project", "applicant-1");
        Assert.True(await Eventually.TrueAsync(async () =>
            (await applicant.GetFromJsonAsync<List<PriorityRow>>("/api/funding/priorities"))!.Any(p => p.Id == priorityId)));

        var (_, roundId, _) = await funding.OpenRoundAsync();
        var applicationId = await applicant.PostAsJsonAsync("/api/funding/applications", FundingRequests.Application(roundId, priorityId)).CreatedIdAsync();

        await funding.PublishAsync(new PriorityRetired { OccurredAt = FundingApiFactory.DefaultNow, PriorityId = priorityId });
        Assert.True(await Eventually.TrueAsync(async () =>
            (await applicant.GetAsync($"/api/funding/applications/{applicationId}").OkJsonAsync()).GetProperty("priorityRetired").GetBoolean()));
        var refused = await applicant.PostAsJsonAsync("/api/funding/applications", FundingRequests.Application(roundId, priorityId));
        Assert.Equal("priority-not-live", (await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
    }

    private sealed record PriorityRow(Guid Id, string Title, bool Retired);
}
