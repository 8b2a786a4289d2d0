using System.ComponentModel.DataAnnotations;
using Consultation.Api.Consultations;
using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Responses.SaveAndResume;

/// <param name="Answers">The answers so far, by question id; required questions may still be unanswered.</param>
public sealed record SaveDraftRequest([property: Required, MaxLength(QuestionSet.MaxQuestions)] IReadOnlyDictionary<string, Answer?> Answers);

/// <param name="ResumeKey">The secret for the link: shown once, only when the draft is first saved. Keep the link private.</param>
/// <param name="ResumeBy">The last day the consultation takes responses; the draft is deleted when it closes.</param>
public sealed record SavedDraft(string? ResumeKey, string? ResumePath, Guid ConsultationId, DateTimeOffset SavedAt, DateOnly ResumeBy);

public sealed record ResumedDraft(Guid ConsultationId, IReadOnlyDictionary<string, Answer?> Answers, DateTimeOffset SavedAt, DateOnly ResumeBy);

/// <summary>
/// Save and resume for anonymous respondents: save the answers so far and get a secret link; open it later (another
/// device is fine) to carry on; submit with the key to turn it into a response, which deletes the draft.
/// </summary>
internal static class SaveAndResumeEndpoints
{
    public static IEndpointRouteBuilder MapSaveAndResume(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/consultation/public/consultations/{id:guid}/drafts", StartAsync)
            .AllowAnonymous()
            .WithTags("Public")
            .WithName("SaveDraftResponse")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Save answers to finish later: answers the secret resume key once. Not counted until submitted (POST …/responses with resumeKey).");
        var drafts = endpoints.MapGroup("/api/consultation/public/drafts").AllowAnonymous().WithTags("Public");
        drafts.MapGet("/{key}", ResumeAsync)
            .WithName("ResumeDraftResponse")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The answers saved under a resume key, to carry on with the form.");
        drafts.MapPost("/{key}", SaveAgainAsync)
            .WithName("SaveDraftResponseAgain")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Replace the answers saved under a resume key.");
        return endpoints;
    }

    private static async Task<Results<Created<SavedDraft>, ValidationProblem>> StartAsync(
        Guid id, SaveDraftRequest request, ConsultationDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var consultation = await db.FindOrThrowAsync(id, cancellationToken);
        var now = clock.GetUtcNow();
        consultation.RequireOpenOnline(now);
        if (consultation.QuestionSet.CheckDraft(request.Answers) is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var (draft, key) = ResponseDraft.Start(consultation, request.Answers, now);
        db.ResponseDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        var path = $"/api/consultation/public/drafts/{key}";
        return TypedResults.Created(path, new SavedDraft(key, path, consultation.Id, draft.SavedAt, consultation.ClosesOn));
    }

    private static async Task<Ok<ResumedDraft>> ResumeAsync(string key, ConsultationDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var draft = await db.FindDraftOrThrowAsync(key, cancellationToken);
        var consultation = await db.FindOrThrowAsync(draft.ConsultationId, cancellationToken);
        consultation.RequireOpenOnline(clock.GetUtcNow());
        return TypedResults.Ok(new ResumedDraft(draft.ConsultationId, draft.Answers, draft.SavedAt, consultation.ClosesOn));
    }

    private static async Task<Results<Ok<SavedDraft>, ValidationProblem>> SaveAgainAsync(
        string key, SaveDraftRequest request, ConsultationDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var draft = await db.FindDraftOrThrowAsync(key, cancellationToken);
        var consultation = await db.FindOrThrowAsync(draft.ConsultationId, cancellationToken);
        var now = clock.GetUtcNow();
        consultation.RequireOpenOnline(now);
        if (consultation.QuestionSet.CheckDraft(request.Answers) is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        draft.Save(request.Answers, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new SavedDraft(null, null, consultation.Id, draft.SavedAt, consultation.ClosesOn));
    }
}
