using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Errors;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.SubmitReferral;

/// <summary>The HTTP door to <see cref="ReferralIntake"/>: staff and partner systems, keyed by Idempotency-Key.</summary>
internal static class SubmitReferralEndpoint
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static RouteHandlerBuilder MapSubmitReferral(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals", Handle)
            .WithName("SubmitReferral")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "Submit a referral with an Idempotency-Key header: a retry with the same key and body returns the original (200), " +
                "the same key with another body is refused (409). referrerAgency defaults to the caller's agency; a partner " +
                "system may not name another (403, rule partner-refers-for-own-agency).");

    private static async Task<Results<Created<ReferralStatusResponse>, Ok<ReferralStatusResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        ReferralRequest request,
        [Microsoft.AspNetCore.Mvc.FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        ReferralIntake intake,
        CurrentUser user,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 200)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["idempotencyKey"] = ["Send a unique Idempotency-Key header (at most 200 characters) with each new referral."],
            });
        }

        var sender = new Sender(user.Agency ?? user.Id, user.IsInRole(Roles.PartnerSystem));
        return await intake.ReceiveAsync(request, sender, idempotencyKey, cancellationToken) switch
        {
            IntakeResult.Received received => TypedResults.Created(
                $"/api/prevent/referrals/{received.Referral.Id}/status", ReferralStatusResponse.From(received.Referral)),
            IntakeResult.AlreadyReceived again => TypedResults.Ok(ReferralStatusResponse.From(again.Referral)),
            IntakeResult.KeyReused => throw new RuleViolationException(
                "idempotency-key-reused", "This Idempotency-Key was already used for a different referral."),
            IntakeResult.Invalid invalid => TypedResults.ValidationProblem(invalid.Problems),
            IntakeResult.ForAnotherAgency another => TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: another.Reason,
                extensions: new Dictionary<string, object?> { ["rule"] = Sender.OwnAgencyRule, ["field"] = "referrerAgency" }),
            _ => throw new InvalidOperationException("Unknown intake result."),
        };
    }
}
