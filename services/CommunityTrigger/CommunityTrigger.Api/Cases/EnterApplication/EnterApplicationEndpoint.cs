using System.ComponentModel.DataAnnotations;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Auth;

namespace CommunityTrigger.Api.Cases.EnterApplication;

internal static class EnterApplicationEndpoint
{
    public static RouteHandlerBuilder MapEnterApplication(this RouteGroupBuilder cases) =>
        cases.MapPost("/", Handle)
            .WithName("EnterApplication")
            .ProducesValidationProblem()
            .WithSummary("A single point of contact enters an application made in writing or by phone; give the applicant the returned reference.");

    private static async Task<Results<Created<EnteredApplication>, ValidationProblem>> Handle(
        EnterApplicationRequest request, ApplicationIntake intake, CurrentUser user, CaseClock clock, CancellationToken cancellationToken)
    {
        if (!user.MayHandle(request.Application.District))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["application.district"] = [$"You can enter applications for your own district ({user.District ?? "none in your token"}) only."],
            });
        }

        return await intake.ReceiveAsync(request.Application.ToNewApplication(request.Channel), cancellationToken) switch
        {
            IntakeResult.Received received => TypedResults.Created(
                $"/api/community-trigger/cases/{received.Case.Id}", new EnteredApplication(received.Reference, clock.View(received.Case))),
            IntakeResult.Invalid invalid => TypedResults.ValidationProblem(
                invalid.Problems.ToDictionary(pair => $"application.{pair.Key}", pair => pair.Value)),
            _ => throw new InvalidOperationException("Unknown intake result."),
        };
    }
}

public sealed record EnterApplicationRequest(
    [property: Required, AllowedValues(ApplicationChannel.Written, ApplicationChannel.Phone)] ApplicationChannel Channel,
    [property: Required] ApplicationRequest Application);

/// <param name="Reference">The applicant's secret status reference; pass it on, it cannot be recovered later.</param>
public sealed record EnteredApplication(string Reference, CaseResponse Case);
