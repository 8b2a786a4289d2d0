using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Reviews.Restricted;

/// <summary>
/// Names, family details and family engagement, for review managers and the review's own chair and panel only.
/// Each read and change is audited by review id; the audit keeps no content, so the log itself holds no names.
/// </summary>
internal static class RestrictedRecordEndpoints
{
    public static RouteGroupBuilder MapRestrictedRecord(this RouteGroupBuilder reviews)
    {
        reviews.MapGet("/{id:guid}/restricted", Read)
            .WithName("ReadRestrictedRecord")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The restricted case record: names, notes and family engagement. Audited.");
        reviews.MapPut("/{id:guid}/restricted", Update)
            .WithName("UpdateRestrictedRecord")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Replace the names, notes and family engagement (advocacy service, pseudonyms, pen portrait). Audited.");
        reviews.MapPost("/{id:guid}/restricted/family-contacts", LogContact)
            .WithName("LogFamilyContact")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Add a contact with the family to the contact log. Audited.");
        reviews.MapPost("/{id:guid}/restricted/draft-readings", RecordDraftReading)
            .WithName("RecordFamilyDraftReading")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Record that the family read the draft report and what they said; only once there is a draft and before publication. Restricted and audited.");
        return reviews;
    }

    private static async Task<Ok<RestrictedRecordResponse>> Read(
        Guid id, ReviewsDbContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken)
    {
        var record = await FindAsync(db, id, user, cancellationToken);
        audit.Record(db, "restricted-record-viewed", nameof(RestrictedRecord), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RestrictedRecordResponse.From(record));
    }

    private static async Task<Ok<RestrictedRecordResponse>> Update(
        Guid id, RestrictedRecordRequest request, ReviewsDbContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken)
    {
        var record = await FindAsync(db, id, user, cancellationToken);
        record.Update(request.VictimName, request.PerpetratorName, request.Notes, request.Family ?? new FamilyEngagement());
        audit.Record(db, "restricted-record-updated", nameof(RestrictedRecord), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RestrictedRecordResponse.From(record));
    }

    private static async Task<Ok<RestrictedRecordResponse>> LogContact(
        Guid id, FamilyContactRequest request, ReviewsDbContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken)
    {
        var record = await FindAsync(db, id, user, cancellationToken);
        record.LogFamilyContact(new FamilyContact(request.On!.Value, request.Summary));
        audit.Record(db, "family-contact-logged", nameof(RestrictedRecord), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RestrictedRecordResponse.From(record));
    }

    private static async Task<Ok<RestrictedRecordResponse>> RecordDraftReading(
        Guid id, DraftReadingRequest request, ReviewsDbContext db, CurrentUser user, AuditTrail audit, ReviewClock clock, CancellationToken cancellationToken)
    {
        var review = await db.FindVisibleOrThrowAsync(id, user, cancellationToken);
        var record = await db.RestrictedRecords.SingleAsync(r => r.ReviewId == id, cancellationToken);
        record.RecordDraftReading(review, new FamilyDraftReading(request.On!.Value, request.Response), clock.Today);
        audit.Record(db, "family-read-draft", nameof(RestrictedRecord), id.ToString(), after: new { Readings = record.DraftReadings.Count });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RestrictedRecordResponse.From(record));
    }

    private static async Task<RestrictedRecord> FindAsync(ReviewsDbContext db, Guid id, CurrentUser user, CancellationToken cancellationToken)
    {
        _ = await db.FindVisibleOrThrowAsync(id, user, cancellationToken);
        return await db.RestrictedRecords.SingleAsync(r => r.ReviewId == id, cancellationToken);
    }
}

public sealed record RestrictedRecordRequest(
    [property: StringLength(200)] string? VictimName = null,
    [property: StringLength(200)] string? PerpetratorName = null,
    [property: StringLength(20000)] string? Notes = null,
    FamilyEngagement? Family = null);

public sealed record FamilyContactRequest(
    [property: Required] DateOnly? On,
    [property: Required, StringLength(4000, MinimumLength = 3)] string Summary);

/// <param name="Response">What the family said about the draft, in their words where possible.</param>
public sealed record DraftReadingRequest(
    [property: Required] DateOnly? On,
    [property: Required, StringLength(20000, MinimumLength = 3)] string Response);

public sealed record RestrictedRecordResponse(
    Guid ReviewId,
    string? VictimName,
    string? PerpetratorName,
    string? Notes,
    FamilyEngagement Family,
    IReadOnlyList<FamilyContact> FamilyContacts,
    IReadOnlyList<FamilyDraftReading> DraftReadings)
{
    public static RestrictedRecordResponse From(RestrictedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.ReviewId, record.VictimName, record.PerpetratorName, record.Notes, record.Family, record.FamilyContacts, record.DraftReadings);
    }
}
