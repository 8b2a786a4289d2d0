using Platform.Contracts;
using Reviews.Api.Reviews.Commission;
using Reviews.Api.Reviews.Contributions;
using Reviews.Api.Reviews.Decide;
using Reviews.Api.Reviews.GetReview;
using Reviews.Api.Reviews.Holds;
using Reviews.Api.Reviews.ListReviews;
using Reviews.Api.Reviews.Notify;
using Reviews.Api.Reviews.Recommendations;
using Reviews.Api.Reviews.Report;
using Reviews.Api.Reviews.Restricted;
using Reviews.Api.Reviews.Thematic;

namespace Reviews.Api.Reviews;

internal static class ReviewEndpoints
{
    /// <summary>
    /// Police (a partner system) and review managers notify deaths; review managers run reviews; a review's chair and
    /// panel read it and its restricted record; anyone signed in sees the thematic counts.
    /// </summary>
    public static IEndpointRouteBuilder MapReviews(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/reviews")
            .WithTags("Notifications")
            .RequireAuthorization(policy => policy.RequireRole(Roles.ReviewManager, Roles.PartnerSystem))
            .MapNotifyDeath();

        var reading = endpoints.MapGroup("/api/reviews")
            .WithTags("Reviews")
            .RequireAuthorization(policy => policy.RequireRole(Roles.ReviewManager, Roles.ReviewPanelMember));
        reading.MapListReviews();
        reading.MapGetReview();
        reading.MapRestrictedRecord();

        var managing = endpoints.MapGroup("/api/reviews")
            .WithTags("Reviews")
            .RequireAuthorization(policy => policy.RequireRole(Roles.ReviewManager));
        managing.MapDecide();
        managing.MapCommission();
        managing.MapHolds();
        managing.MapContributions();
        managing.MapReport();
        managing.MapRecommendations();

        endpoints.MapThematicCounts();
        return endpoints;
    }
}
