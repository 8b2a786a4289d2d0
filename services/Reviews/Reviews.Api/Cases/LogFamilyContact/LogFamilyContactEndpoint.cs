using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.LogFamilyContact;

internal static class LogFamilyContactEndpoint
{
    public static RouteHandlerBuilder MapLogFamilyContact(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/restricted/family-contacts", Handle)
            .WithName("LogFamilyContact")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Add a contact with the family to the contact log. Audited.");

    private static async Task<Ok<RestrictedRecordResponse>> Handle(
        Guid id, FamilyContactRequest request, ReviewsDbContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken)
    {
        var record = await db.FindRestrictedRecordOrThrowAsync(id, user, cancellationToken);
        record.LogFamilyContact(new FamilyContact(request.On!.Value, request.Summary));
        audit.Record(db, "family-contact-logged", nameof(RestrictedRecord), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RestrictedRecordResponse.From(record));
    }
}

public sealed record FamilyContactRequest(
    [property: Required] DateOnly? On,
    [property: Required, StringLength(4000, MinimumLength = 3)] string Summary);
