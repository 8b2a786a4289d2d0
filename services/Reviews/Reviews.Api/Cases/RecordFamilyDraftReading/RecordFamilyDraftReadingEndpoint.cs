using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.RecordFamilyDraftReading;

internal static class RecordFamilyDraftReadingEndpoint
{
    public static RouteHandlerBuilder MapRecordFamilyDraftReading(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/restricted/draft-readings", Handle)
            .WithName("RecordFamilyDraftReading")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Record that the family read the draft report and what they said; only once there is a draft and before publication. Restricted and audited.");

    private static async Task<Ok<RestrictedRecordResponse>> Handle(
        Guid id, DraftReadingRequest request, ReviewsDbContext db, CurrentUser user, AuditTrail audit, ReviewClock clock, CancellationToken cancellationToken)
    {
        var review = await db.FindVisibleOrThrowAsync(id, user, cancellationToken);
        var record = await db.RestrictedRecords.SingleAsync(r => r.ReviewId == id, cancellationToken);
        record.RecordDraftReading(review, new FamilyDraftReading(request.On!.Value, request.Response), clock.Today);
        audit.Record(db, "family-read-draft", nameof(RestrictedRecord), id.ToString(), after: new { Readings = record.DraftReadings.Count });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RestrictedRecordResponse.From(record));
    }
}

/// <param name="Response">What the family said about the draft, in their words where possible.</param>
public sealed record DraftReadingRequest(
    [property: Required] DateOnly? On,
    [property: Required, StringLength(20000, MinimumLength = 3)] string Response);
