using Plans.Api.Data;
using Plans.Api.Domain;
using Reviews.Contracts;

namespace Plans.Api.Readings.DeriveReadings;

/// <summary>Notified deaths the chair decided not to review, in the quarter of the decision.</summary>
internal sealed class CountReviewsNotCommissioned(PlansDbContext db, TimeProvider clock, ILogger<CountReviewsNotCommissioned> logger)
    : DerivedReadingConsumer<ReviewNotCommissioned>(db, clock, logger)
{
    protected override EventCount CountOf(ReviewNotCommissioned message) => new(
        [DerivedSources.ReviewsNotCommissioned], message.DecidedOn, message.District, message.ReviewId.ToString());
}
