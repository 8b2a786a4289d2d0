using CommunityTrigger.Contracts;
using Plans.Api.Data;
using Plans.Api.Domain;

namespace Plans.Api.Readings.DeriveReadings;

/// <summary>Community Trigger applications, in the quarter they were received.</summary>
internal sealed class CountTriggerApplications(PlansDbContext db, TimeProvider clock, ILogger<CountTriggerApplications> logger)
    : DerivedReadingConsumer<CommunityTriggerApplicationReceived>(db, clock, logger)
{
    protected override EventCount CountOf(CommunityTriggerApplicationReceived message) => new(
        [DerivedSources.TriggerApplications], message.ReceivedOn, message.District, message.CaseId.ToString());
}
