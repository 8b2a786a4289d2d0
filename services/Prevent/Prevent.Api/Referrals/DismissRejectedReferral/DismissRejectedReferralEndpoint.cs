using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Errors;
using Prevent.Api.Data;
using Prevent.Api.Domain;
using Prevent.Api.Referrals.ListRejectedReferrals;

namespace Prevent.Api.Referrals.DismissRejectedReferral;

internal static class DismissRejectedReferralEndpoint
{
    public static RouteHandlerBuilder MapDismissRejectedReferral(this RouteGroupBuilder prevent) =>
        prevent.MapDelete("/rejected-referrals/{id:guid}", Handle)
            .RequireAuthorization(policy => policy.RequireRole(Roles.PreventLead))
            .WithName("DismissRejectedReferral")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Deletes a rejected partner message the lead has settled another way (by phone, or a resend under a new reference), message and all; only a lead of a council the partner refers for (another council's is not found). Audited.");

    private static async Task<NoContent> Handle(
        Guid id, PreventDbContext db, CurrentUser user, IOptions<PartnerCouncils> partners, AuditTrail audit, CancellationToken cancellationToken)
    {
        var rejected = await partners.Value.HandledBy(user, db.RejectedReferrals).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new RuleViolationException("rejected-referral-not-found", $"There is no rejected referral {id}.", RuleViolationKind.NotFound);
        audit.Record(db, "rejected-referral-dismissed", nameof(RejectedReferral), id.ToString(), before: RejectedReferralResponse.From(rejected));
        db.RejectedReferrals.Remove(rejected);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
