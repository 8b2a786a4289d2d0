using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.UpdateRestrictedRecord;

internal static class UpdateRestrictedRecordEndpoint
{
    public static RouteHandlerBuilder MapUpdateRestrictedRecord(this RouteGroupBuilder reviews) =>
        reviews.MapPut("/{id:guid}/restricted", Handle)
            .WithName("UpdateRestrictedRecord")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Replace the names, notes and family engagement (advocacy service, pseudonyms, pen portrait). Audited.");

    private static async Task<Ok<RestrictedRecordResponse>> Handle(
        Guid id, RestrictedRecordRequest request, ReviewsDbContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken)
    {
        var record = await db.FindRestrictedRecordOrThrowAsync(id, user, cancellationToken);
        record.Update(request.VictimName, request.PerpetratorName, request.Notes, request.Family ?? new FamilyEngagement());
        audit.Record(db, "restricted-record-updated", nameof(RestrictedRecord), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RestrictedRecordResponse.From(record));
    }
}

public sealed record RestrictedRecordRequest(
    [property: StringLength(200)] string? VictimName = null,
    [property: StringLength(200)] string? PerpetratorName = null,
    [property: StringLength(20000)] string? Notes = null,
    FamilyEngagement? Family = null);
