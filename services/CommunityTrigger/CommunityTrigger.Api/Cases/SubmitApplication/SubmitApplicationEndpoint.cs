using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityTrigger.Api.Cases.SubmitApplication;

internal static class SubmitApplicationEndpoint
{
    public static RouteHandlerBuilder MapSubmitApplication(this RouteGroupBuilder communityTrigger) =>
        communityTrigger.MapPost("/applications", Handle)
            .AllowAnonymous()
            .WithName("SubmitApplication")
            .ProducesValidationProblem()
            .WithSummary("Apply for an ASB Case Review (public, no account). Keep the returned reference: it is the only way to check progress.");

    private static async Task<Results<Created<ApplicationReceipt>, ValidationProblem>> Handle(
        ApplicationRequest request, ApplicationIntake intake, CancellationToken cancellationToken) =>
        await intake.ReceiveAsync(request.ToNewApplication(ApplicationChannel.Online), cancellationToken) switch
        {
            IntakeResult.Received received => TypedResults.Created((string?)null, ApplicationReceipt.From(received)),
            IntakeResult.Invalid invalid => TypedResults.ValidationProblem(invalid.Problems),
            _ => throw new InvalidOperationException("Unknown intake result."),
        };
}

/// <param name="Reference">The secret status reference; it is shown once and cannot be recovered.</param>
public sealed record ApplicationReceipt(string Reference, DateOnly ReceivedOn, DateOnly DecisionDueOn)
{
    public static ApplicationReceipt From(IntakeResult.Received received)
    {
        ArgumentNullException.ThrowIfNull(received);
        return new(received.Reference, received.Case.ReceivedOn, received.Case.DecisionDueOn);
    }
}
