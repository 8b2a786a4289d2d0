using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.ListTriageQueue;

internal static class ListTriageQueueEndpoint
{
    public static RouteHandlerBuilder MapListTriageQueue(this RouteGroupBuilder prevent) =>
        prevent.MapGet("/triage-queue", Handle)
            .RequireAuthorization(policy => policy.RequireRole(Roles.PolicePreventOfficer))
            .WithName("ListTriageQueue")
            .WithSummary(
                "Referrals awaiting the police gateway assessment, oldest first: the concerns, flags and whether the person was referred " +
                "before, without name or date of birth. The read is audited.");

    private static async Task<Ok<List<AwaitingTriage>>> Handle(PreventDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var waiting = await db.Referrals.AsNoTracking()
            .Where(r => r.Status == ReferralStatus.Received)
            .OrderBy(r => r.ReceivedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        audit.Record(db, "triage-queue-viewed", nameof(Referral), "triage-queue", after: waiting.Select(r => r.Id).ToList());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(waiting.Select(AwaitingTriage.From).ToList());
    }
}

public sealed record AwaitingTriage(
    Guid Id, DateTimeOffset ReceivedAt, Sector Sector, string ReferrerAgency, string AgeBand, string District, string Concerns,
    IdeologyCategory Ideology, IReadOnlyList<RiskIndicator> RiskFlags, bool IsRepeat)
{
    public static AwaitingTriage From(Referral r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.ReceivedAt, r.Sector, r.ReferrerAgency, r.AgeBand, r.District, r.Concerns, r.Ideology, r.RiskFlags, r.IsRepeat);
    }
}
