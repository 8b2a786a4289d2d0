using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Time;

namespace Funding.Api.Grants.ListLateReturns;

public sealed record LateReturn(Guid GrantId, string ProjectTitle, string RecipientOrganisation, string FinancialYear, int Quarter, DateOnly DueOn);

internal static class ListLateReturnsEndpoint
{
    public static RouteHandlerBuilder MapListLateReturns(this RouteGroupBuilder returns) =>
        returns.MapGet("/late", Handle)
            .WithName("ListLateReturns")
            .WithSummary("Quarterly monitoring returns past due (quarter end plus the grace days) and not submitted, oldest due first.");

    private static async Task<Ok<List<LateReturn>>> Handle(FundingDbContext db, TimeProvider clock, GrantPolicy policy, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var open = await db.Grants.AsNoTracking().Where(g => g.Status == GrantStatus.Accepted).ToListAsync(cancellationToken);
        var ids = open.Select(g => g.Id).ToList();
        var submitted = (await db.MonitoringReturns.AsNoTracking().Where(r => ids.Contains(r.GrantId))
            .Select(r => new { r.GrantId, r.FinancialYear, r.Quarter }).ToListAsync(cancellationToken))
            .Select(r => (r.GrantId, r.FinancialYear, r.Quarter)).ToHashSet();
        return TypedResults.Ok(open
            .SelectMany(g => g.ReturnsDue(today, policy.ReturnGraceDays)
                .Where(due => !submitted.Contains((g.Id, due.Year.ToString(), due.Quarter)))
                .Select(due => new LateReturn(g.Id, g.ProjectTitle, g.RecipientOrganisation, due.Year.ToString(), due.Quarter, due.DueOn)))
            .OrderBy(late => late.DueOn)
            .ToList());
    }
}
