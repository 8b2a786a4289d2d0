using CommunityTrigger.Contracts;
using Plans.Api.Data;
using Plans.Api.Domain;

namespace Plans.Api.Readings.DeriveReadings;

/// <summary>Community Trigger case reviews held (and those that made recommendations), in the quarter they were held.</summary>
internal sealed class CountTriggerCaseReviews(PlansDbContext db, TimeProvider clock, ILogger<CountTriggerCaseReviews> logger)
    : DerivedReadingConsumer<CaseReviewCompleted>(db, clock, logger)
{
    protected override EventCount CountOf(CaseReviewCompleted message) => new(
        message.RecommendationCount > 0
            ? [DerivedSources.TriggerCaseReviews, DerivedSources.TriggerCaseReviewsWithRecommendations]
            : [DerivedSources.TriggerCaseReviews],
        message.ReviewHeldOn,
        message.District,
        message.CaseId.ToString());
}
