using System.ComponentModel.DataAnnotations;
using Consultation.Api.Consultations;
using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Http;

namespace Consultation.Api.Responses.EnterResponse;

internal static class EnterResponseEndpoint
{
    public static RouteHandlerBuilder MapEnterResponse(this RouteGroupBuilder consultations) =>
        consultations.MapPost("/{id:guid}/responses", Handle)
            .RequireAuthorization(PolicySetup.Officer)
            .WithName("EnterResponse")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Enter a response that came on paper, by phone or email, or at an event, with its channel (open or closed, before results are published).");

    private static async Task<Results<Created<ResponseReceipt>, ValidationProblem>> Handle(
        Guid id, OfflineResponseRequest request, ConsultationDbContext db, ResponseIntake intake, CurrentUser user,
        CancellationToken cancellationToken)
    {
        var channel = EnumNames.Parse<ResponseChannel>(request.Channel)!.Value;
        if (channel == ResponseChannel.Online)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["channel"] = ["Online responses come through the public form."] });
        }

        var consultation = await db.FindOrThrowAsync(id, cancellationToken);
        consultation.RequireAcceptingOffline();
        return await intake.ReceiveAsync(consultation, channel, request.Answers, null, user.Id, cancellationToken) switch
        {
            IntakeResult.Received received => TypedResults.Created((string?)null, new ResponseReceipt(received.ResponseId, received.SubmittedAt)),
            IntakeResult.Invalid invalid => TypedResults.ValidationProblem(invalid.Problems),
            _ => throw new InvalidOperationException("Unknown intake result."),
        };
    }
}

public sealed record OfflineResponseRequest(
    [property: Required, OneOfEnumNames(typeof(ResponseChannel))] string Channel,
    [property: Required, MaxLength(QuestionSet.MaxQuestions)] IReadOnlyDictionary<string, Answer?> Answers);
