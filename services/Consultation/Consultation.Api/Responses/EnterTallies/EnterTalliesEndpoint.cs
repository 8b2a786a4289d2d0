using System.ComponentModel.DataAnnotations;
using Consultation.Api.Consultations;
using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Http;

namespace Consultation.Api.Responses.EnterTallies;

internal static class EnterTalliesEndpoint
{
    public static RouteHandlerBuilder MapEnterTallies(this RouteGroupBuilder consultations) =>
        consultations.MapPost("/{id:guid}/tallies", Handle)
            .RequireAuthorization(PolicySetup.Officer)
            .WithName("EnterTallies")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Enter a workshop's or event's tallies as one batch standing for its participants; problems are keyed questions.<questionId>.");

    private static async Task<Results<Created<ResponseReceipt>, ValidationProblem>> Handle(
        Guid id, TallyBatchRequest request, ConsultationDbContext db, AuditTrail audit, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var consultation = await db.FindOrThrowAsync(id, cancellationToken);
        consultation.RequireAcceptingOffline();
        var batch = request.ToBatch();
        if (batch.Problems(consultation.QuestionSet) is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var (response, rows) = ConsultationResponse.FromTallies(consultation, batch, clock.GetUtcNow(), user.Id);
        db.Responses.Add(response);
        db.Answers.AddRange(rows);
        audit.Record(db, "tallies-entered", "Consultation", consultation.Id.ToString(), after: new { batch.Label, batch.Channel, batch.Participants });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created((string?)null, new ResponseReceipt(response.Id, response.SubmittedAt));
    }
}

public sealed record TallyBatchRequest(
    [property: Required, StringLength(200, MinimumLength = 3)] string Label,
    [property: Required, OneOfEnumNames(typeof(ResponseChannel))] string Channel,
    [property: Range(1, TallyBatch.MaxParticipants)] int Participants,
    [property: Required, MaxLength(QuestionSet.MaxQuestions)] IReadOnlyDictionary<string, QuestionTally> Questions,
    [property: StringLength(40)] string? District = null,
    [property: StringLength(20)] string? AreaType = null)
{
    public TallyBatch ToBatch() => new(Label, EnumNames.Parse<ResponseChannel>(Channel)!.Value, Participants, District, AreaType, Questions);
}
