using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.GetReferral;

internal static class GetReferralEndpoint
{
    public static RouteHandlerBuilder MapGetReferral(this RouteGroupBuilder prevent) =>
        prevent.MapGet("/referrals/{id:guid}", Handle)
            .WithName("GetReferral")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The full case, for the owning council's Prevent lead and Channel panel members; every read is audited.");

    private static async Task<Ok<ReferralResponse>> Handle(
        Guid id, PreventDbContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken)
    {
        var referral = await db.FindOrThrowAsync(id, user.MaySeeDetail, cancellationToken);
        audit.Record(db, "referral-viewed", nameof(Referral), referral.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReferralResponse.From(referral));
    }
}
