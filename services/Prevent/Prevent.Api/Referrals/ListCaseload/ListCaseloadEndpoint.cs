using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.ListCaseload;

internal static class ListCaseloadEndpoint
{
    public static RouteHandlerBuilder MapListCaseload(this RouteGroupBuilder prevent) =>
        prevent.MapGet("/caseload", Handle)
            .RequireAuthorization(policy => policy.RequireRole(Roles.PreventLead, Roles.ChannelPanelMember))
            .WithName("ListCaseload")
            .WithSummary(
                "The caller's council's cases past triage, newest first: where each stands on the Channel pathway, without name or date " +
                "of birth (those are in the case itself, whose every read is audited). The read is audited.");

    private static async Task<Ok<List<CaseloadEntry>>> Handle(PreventDbContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken)
    {
        var districts = user.DetailDistricts();
        var cases = await db.Referrals.AsNoTracking()
            .Where(r => districts.Contains(r.District) && r.Status != ReferralStatus.Received)
            .OrderByDescending(r => r.ReceivedAt)
            .ThenBy(r => r.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        audit.Record(db, "caseload-viewed", nameof(Referral), "caseload", after: cases.Select(r => r.Id).ToList());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(cases.Select(CaseloadEntry.From).ToList());
    }
}

/// <summary>One case as the caseload lists it: its pathway position, not who the person is.</summary>
public sealed record CaseloadEntry(
    Guid Id, ReferralStatus Status, DateTimeOffset ReceivedAt, string District, string AgeBand, IdeologyCategory Ideology,
    IReadOnlyList<RiskIndicator> RiskFlags, DateOnly? PanelHeldOn)
{
    public static CaseloadEntry From(Referral r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.Status, r.ReceivedAt, r.District, r.AgeBand, r.Ideology, r.RiskFlags, r.PanelDecision?.HeldOn);
    }
}
