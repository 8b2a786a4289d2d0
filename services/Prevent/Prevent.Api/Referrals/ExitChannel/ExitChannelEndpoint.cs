using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.ExitChannel;

internal static class ExitChannelEndpoint
{
    public static RouteHandlerBuilder MapExitChannel(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals/{id:guid}/exit", Handle)
            .WithName("ExitChannel")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The case leaves Channel; follow-up reviews fall due 6 and 12 months after the exit date.");

    private static async Task<Ok<ReferralResponse>> Handle(Guid id, ExitRequest request, Changes<Referral> referrals, CancellationToken cancellationToken) =>
        TypedResults.Ok(ReferralResponse.From(await referrals.ApplyAsync(id, ifMatch: null, "channel-exited", (referral, _) => referral.Exit(request.ExitedOn!.Value), cancellationToken)));
}

public sealed record ExitRequest([property: Required] DateOnly? ExitedOn);
