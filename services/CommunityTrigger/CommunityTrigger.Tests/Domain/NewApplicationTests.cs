using CommunityTrigger.Api.Domain;
using Platform.ServiceDefaults.Errors;
using static CommunityTrigger.Tests.Domain.Evidence;

namespace CommunityTrigger.Tests.Domain;

public class NewApplicationTests
{
    private static readonly DateOnly ReceivedOn = D("2025-07-15");

    private static readonly NewApplication Valid = TriggerCaseTests.Application();

    public static TheoryData<string, string> Mistakes => new()
    {
        { "district", "an unknown district" },
        { "incidents", "no incidents" },
        { "incidents[1].occurredOn", "an incident in the future" },
        { "incidents[1].occurredOn", "an incident more than a year back" },
        { "incidents[1].reports[0].reportedOn", "a report before its incident" },
        { "incidents[1].reports[0].reportedOn", "a report in the future" },
        { "incidents[1].reports[0].agency", "an agency that is not a slug" },
        { "applicant.consentRecorded", "on someone's behalf without consent" },
        { "applicant.onBehalfOf", "on behalf of nobody" },
        { "applicant", "no way to contact the applicant" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistakes_are_reported_against_the_field_the_client_sent(string field, string mistake)
    {
        var application = Apply(mistake);

        var problems = application.Problems(ReceivedOn);

        Assert.Equal([field], problems.Keys);
    }

    [Fact]
    public void A_valid_application_has_no_problems_and_counts_co_applicants()
    {
        var group = Valid with { PeopleAffected = [new("Sam", true), new("Jo", true), new("Child", false)] };

        Assert.Empty(group.Problems(ReceivedOn));
        Assert.Equal(3, group.ApplicantCount);
    }

    [Fact]
    public void An_invalid_application_cannot_be_received()
    {
        var refusal = Assert.Throws<RuleViolationException>(() => TriggerCase.Receive(
            Apply("no incidents"), "hash", new DateTimeOffset(2025, 7, 15, 9, 0, 0, TimeSpan.Zero), new DeadlinePolicy(), WorkingDayCalendar.EnglandAndWales));

        Assert.Equal("application-invalid", refusal.Rule);
    }

    [Fact]
    public void Status_references_are_random_and_only_their_hash_is_kept()
    {
        var first = StatusToken.Create();
        var second = StatusToken.Create();

        Assert.NotEqual(first, second);
        Assert.True(first.Length >= 43, "32 random bytes encode to at least 43 characters");
        Assert.Equal(StatusToken.Hash(first), StatusToken.Hash(first));
        Assert.DoesNotContain(first, StatusToken.Hash(first), StringComparison.Ordinal);
    }

    private static NewApplication Apply(string mistake)
    {
        Incident Second(Func<Incident, Incident> change) => change(Valid.Incidents[1]);
        NewApplication WithSecond(Func<Incident, Incident> change) =>
            Valid with { Incidents = [Valid.Incidents[0], Second(change), Valid.Incidents[2]] };
        NewApplication WithApplicant(Func<Applicant, Applicant> change) => Valid with { Applicant = change(Valid.Applicant) };
        var representative = Valid.Applicant with { Capacity = ApplicantCapacity.Representative, OnBehalfOf = "Pat Example", ConsentRecorded = true };

        return mistake switch
        {
            "an unknown district" => Valid with { District = "ipswich" },
            "no incidents" => Valid with { Incidents = [] },
            "an incident in the future" => WithSecond(i => i with { OccurredOn = ReceivedOn.AddDays(1), Reports = [] }),
            "an incident more than a year back" => WithSecond(i => i with { OccurredOn = ReceivedOn.AddDays(-367), Reports = [] }),
            "a report before its incident" => WithSecond(i => i with { Reports = [new("norfolk-constabulary", i.OccurredOn.AddDays(-1))] }),
            "a report in the future" => WithSecond(i => i with { Reports = [new("norfolk-constabulary", ReceivedOn.AddDays(1))] }),
            "an agency that is not a slug" => WithSecond(i => i with { Reports = [new("Norfolk Police", i.OccurredOn)] }),
            "on someone's behalf without consent" => WithApplicant(_ => representative with { ConsentRecorded = false }),
            "on behalf of nobody" => WithApplicant(_ => representative with { OnBehalfOf = " " }),
            "no way to contact the applicant" => WithApplicant(a => a with { Email = null }),
            _ => throw new ArgumentOutOfRangeException(nameof(mistake)),
        };
    }
}
