using System.ComponentModel.DataAnnotations;
using Consultation.Api.Consultations;
using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Responses.SubmitResponse;

internal static class SubmitResponseEndpoint
{
    public static RouteHandlerBuilder MapSubmitResponse(this RouteGroupBuilder publicConsultations) =>
        publicConsultations.MapPost("/{id:guid}/responses", Handle)
            .AllowAnonymous()
            .WithName("SubmitResponse")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Respond to an open consultation (public, no account). One response per browser session token; problems are keyed answers.<questionId>.");

    private static async Task<Results<Created<ResponseReceipt>, ValidationProblem>> Handle(
        Guid id, OnlineResponseRequest request, ConsultationDbContext db, ResponseIntake intake, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var consultation = await db.FindOrThrowAsync(id, cancellationToken);
        consultation.RequireOpenOnline(clock.GetUtcNow());
        if (request.ResumeKey is { } resumeKey)
        {
            // Deleted in the intake's transaction: the draft goes exactly when the response is stored.
            var draft = await db.FindDraftOrThrowAsync(resumeKey, cancellationToken);
            if (draft.ConsultationId != consultation.Id)
            {
                throw new Platform.ServiceDefaults.Errors.RuleViolationException(
                    "draft-not-found", "There is no saved response for this link in this consultation.", Platform.ServiceDefaults.Errors.RuleViolationKind.NotFound);
            }

            db.ResponseDrafts.Remove(draft);
        }

        return await intake.ReceiveAsync(consultation, ResponseChannel.Online, request.Answers, request.SessionToken, null, cancellationToken) switch
        {
            IntakeResult.Received received => TypedResults.Created((string?)null, new ResponseReceipt(received.ResponseId, received.SubmittedAt)),
            IntakeResult.Invalid invalid => TypedResults.ValidationProblem(invalid.Problems),
            _ => throw new InvalidOperationException("Unknown intake result."),
        };
    }
}

/// <param name="SessionToken">A random value the browser keeps for the session (at least 16 characters); it is stored only hashed.</param>
/// <param name="Answers">By question id; leave out questions not answered.</param>
/// <param name="ResumeKey">When finishing a saved draft: its key, so the draft is deleted as the response is stored.</param>
public sealed record OnlineResponseRequest(
    [property: Required, StringLength(200, MinimumLength = 16)] string SessionToken,
    [property: Required, MaxLength(QuestionSet.MaxQuestions)] IReadOnlyDictionary<string, Answer?> Answers,
    [property: StringLength(100, MinimumLength = 20)] string? ResumeKey = null);
