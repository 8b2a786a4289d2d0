using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Time;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.ListFollowUpsDue;

internal static class ListFollowUpsDueEndpoint
{
    public static RouteHandlerBuilder MapListFollowUpsDue(this RouteGroupBuilder prevent) =>
        prevent.MapGet("/follow-ups/due", Handle)
            .RequireAuthorization(policy => policy.RequireRole(Roles.PreventLead, Roles.ChannelPanelMember))
            .WithName("ListFollowUpsDue")
            .WithSummary("Follow-up reviews due today or overdue, in the caller's council's cases, oldest first.");

    private static async Task<Ok<List<DueFollowUp>>> Handle(
        PreventDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = UkDate.Of(clock.GetUtcNow());
        var districts = user.DetailDistricts();
        var exited = await db.Referrals.AsNoTracking()
            .Where(r => districts.Contains(r.District) && r.Status == ReferralStatus.Exited)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(exited
            .SelectMany(r => r.FollowUps.Where(f => f.IsDue(today)).Select(f => new DueFollowUp(r.Id, r.District, f.Months, f.DueOn, f.IsOverdue(today))))
            .OrderBy(f => f.DueOn)
            .ToList());
    }
}

public sealed record DueFollowUp(Guid ReferralId, string District, int Months, DateOnly DueOn, bool Overdue);
