using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.ListRejectedReferrals;

internal static class ListRejectedReferralsEndpoint
{
    public static RouteHandlerBuilder MapListRejectedReferrals(this RouteGroupBuilder prevent) =>
        prevent.MapGet("/rejected-referrals", Handle)
            .RequireAuthorization(policy => policy.RequireRole(Roles.PreventLead))
            .WithName("ListRejectedReferrals")
            .WithSummary("Partner messages that could not become referrals and have not been resent since, newest first, with the reason (the Prevent lead asks for a resend): only those of the partners the caller's council is configured for. Kept for 90 days.");

    private static async Task<Ok<List<RejectedReferralResponse>>> Handle(
        PreventDbContext db, CurrentUser user, IOptions<PartnerCouncils> partners, CancellationToken cancellationToken) =>
        TypedResults.Ok(await partners.Value.HandledBy(user, db.Outstanding()).AsNoTracking()
            .OrderByDescending(r => r.ReceivedAt)
            .Take(200)
            .Select(r => new RejectedReferralResponse(r.Id, r.ReceivedAt, r.PartnerAgency, r.ReferralReference, r.Reason))
            .ToListAsync(cancellationToken));
}

/// <summary>What a lead needs to ask for a resend; never the message itself (decision 0013).</summary>
public sealed record RejectedReferralResponse(Guid Id, DateTimeOffset ReceivedAt, string? PartnerAgency, string? ReferralReference, string Reason)
{
    public static RejectedReferralResponse From(RejectedReferral rejected) =>
        new(rejected.Id, rejected.ReceivedAt, rejected.PartnerAgency, rejected.ReferralReference, rejected.Reason);
}
