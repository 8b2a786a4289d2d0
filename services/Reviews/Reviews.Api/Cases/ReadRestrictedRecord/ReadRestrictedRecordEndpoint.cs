using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Data;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.ReadRestrictedRecord;

internal static class ReadRestrictedRecordEndpoint
{
    public static RouteHandlerBuilder MapReadRestrictedRecord(this RouteGroupBuilder reviews) =>
        reviews.MapGet("/{id:guid}/restricted", Handle)
            .WithName("ReadRestrictedRecord")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The restricted case record: names, notes and family engagement. Audited.");

    private static async Task<Ok<RestrictedRecordResponse>> Handle(
        Guid id, ReviewsDbContext db, CurrentUser user, AuditTrail audit, HttpResponse response, CancellationToken cancellationToken)
    {
        var record = await db.FindRestrictedRecordOrThrowAsync(id, user, cancellationToken);
        audit.Record(db, "restricted-record-viewed", nameof(RestrictedRecord), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        response.SetETag(record.Version);
        return TypedResults.Ok(RestrictedRecordResponse.From(record));
    }
}
