using Plans.Api.Data;
using Plans.Api.Domain;
using Reviews.Contracts;

namespace Plans.Api.Readings.DeriveReadings;

/// <summary>Domestic Homicide Reviews commissioned, in the quarter of the decision to commission.</summary>
internal sealed class CountReviewsCommissioned(PlansDbContext db, TimeProvider clock, ILogger<CountReviewsCommissioned> logger)
    : DerivedReadingConsumer<ReviewCommissioned>(db, clock, logger)
{
    protected override EventCount CountOf(ReviewCommissioned message) => new(
        [DerivedSources.ReviewsCommissioned], message.DecidedOn, message.District, message.ReviewId.ToString());
}
