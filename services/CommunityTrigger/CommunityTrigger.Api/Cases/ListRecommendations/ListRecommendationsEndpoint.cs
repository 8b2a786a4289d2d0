using CommunityTrigger.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Auth;

namespace CommunityTrigger.Api.Cases.ListRecommendations;

internal static class ListRecommendationsEndpoint
{
    private static readonly string[] Progress = ["open", "overdue", "completed"];

    public static RouteHandlerBuilder MapListRecommendations(this RouteGroupBuilder cases) =>
        cases.MapGet("/recommendations", Handle)
            .WithName("ListRecommendations")
            .ProducesValidationProblem()
            .WithSummary("Case review recommendations in your districts, soonest due first, to track them to completion; filter by `progress` (open, overdue, completed) and `ownerAgency`.");

    private static async Task<Results<Ok<IReadOnlyList<TrackedRecommendation>>, ValidationProblem>> Handle(
        string? progress, string? ownerAgency, CommunityTriggerDbContext db, CurrentUser user, CaseClock clock, CancellationToken cancellationToken)
    {
        if (progress is not null && !Progress.Contains(progress))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["progress"] = [$"Use one of: {string.Join(", ", Progress)}."] });
        }

        var today = clock.Today;
        var recommendations =
            from r in db.Recommendations.AsNoTracking()
            join c in db.Cases.AsNoTracking().VisibleTo(user) on r.CaseId equals c.Id
            select new { Recommendation = r, c.District };
        recommendations = progress switch
        {
            "open" => recommendations.Where(x => x.Recommendation.CompletedAt == null),
            "overdue" => recommendations.Where(x => x.Recommendation.CompletedAt == null && x.Recommendation.DueOn < today),
            "completed" => recommendations.Where(x => x.Recommendation.CompletedAt != null),
            _ => recommendations,
        };
        if (ownerAgency is not null)
        {
            recommendations = recommendations.Where(x => x.Recommendation.OwnerAgency == ownerAgency);
        }

        var found = await recommendations
            .OrderBy(x => x.Recommendation.DueOn).ThenBy(x => x.Recommendation.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        IReadOnlyList<TrackedRecommendation> items =
            [.. found.Select(x => new TrackedRecommendation(
                x.Recommendation.CaseId, x.District, RecommendationResponse.From(x.Recommendation), x.Recommendation.IsOverdue(today)))];
        return TypedResults.Ok(items);
    }
}

public sealed record TrackedRecommendation(Guid CaseId, string District, RecommendationResponse Recommendation, bool Overdue);
