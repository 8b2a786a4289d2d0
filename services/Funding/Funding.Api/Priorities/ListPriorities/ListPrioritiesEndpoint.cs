using Funding.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Funding.Api.Priorities.ListPriorities;

public sealed record PriorityResponse(Guid Id, string Title, string SponsorAgency, bool Retired);

internal static class ListPrioritiesEndpoint
{
    public static IEndpointRouteBuilder MapPriorities(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/funding/priorities", Handle)
            .WithTags("Priorities")
            .WithName("ListFundablePriorities")
            .WithSummary("The plan's priorities as Funding knows them (from PriorityAdopted/PriorityRetired): applications may target those not retired.");
        return endpoints;
    }

    private static async Task<Ok<List<PriorityResponse>>> Handle(bool? includeRetired, FundingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Priorities.AsNoTracking()
            .Where(p => includeRetired == true || !p.Retired)
            .OrderBy(p => p.Title)
            .Select(p => new PriorityResponse(p.Id, p.Title, p.SponsorAgency, p.Retired))
            .ToListAsync(cancellationToken));
}
