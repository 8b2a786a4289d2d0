using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Auth;
using Prevent.Api.Data;

namespace Prevent.Api.Referrals.GetReferralStatus;

internal static class GetReferralStatusEndpoint
{
    public static RouteHandlerBuilder MapGetReferralStatus(this RouteGroupBuilder prevent) =>
        prevent.MapGet("/referrals/{id:guid}/status", Handle)
            .WithName("GetReferralStatus")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Where a referral stands: for the agency that submitted it and the owning council's Prevent staff.");

    private static async Task<Ok<ReferralStatusResponse>> Handle(Guid id, PreventDbContext db, CurrentUser user, CancellationToken cancellationToken) =>
        TypedResults.Ok(ReferralStatusResponse.From(await db.FindOrThrowAsync(id, user.MaySeeStatus, cancellationToken)));
}
