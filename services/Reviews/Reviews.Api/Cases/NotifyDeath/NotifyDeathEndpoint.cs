using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Time;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.NotifyDeath;

internal static class NotifyDeathEndpoint
{
    public static RouteHandlerBuilder MapNotifyDeath(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/notifications", Handle)
            .WithName("NotifyDeath")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Notify a death (police partner system or a review manager). Issues a pseudonymous review reference and evaluates the statutory criteria; names go only into the restricted record.");

    private static async Task<Created<NotificationReceipt>> Handle(
        NotificationRequest request, ReviewsDbContext db, AuditTrail audit, ReviewClock clock, CancellationToken cancellationToken)
    {
        var number = await db.NextReferenceNumberAsync(cancellationToken);
        var now = clock.Now;
        var review = ReviewCase.Notify(request.ToNotification(), $"{ReviewNames.Prefix}-{UkDate.Of(now).Year}-{number:0000}", now, clock.Policy);
        db.Reviews.Add(review);
        db.RestrictedRecords.Add(RestrictedRecord.Open(review.Id, request.VictimName, request.PerpetratorName));
        audit.Record(db, "review-notified", nameof(ReviewCase), review.Id.ToString(), after: ReviewSummary.From(review));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/reviews/{review.Id}", new NotificationReceipt(
            review.Id, review.Reference, review.Criteria, review.DecisionDueOn, ReviewNames.Label, ReviewNames.AlsoKnownAs(review.Reference)));
    }
}

/// <param name="AbuseConcerns">The death has, or appears to have, resulted from violence, abuse or neglect; for a suicide, the circumstances give rise to concern.</param>
/// <param name="VictimName">Kept only in the restricted record.</param>
/// <param name="PerpetratorName">Kept only in the restricted record.</param>
public sealed record NotificationRequest(
    [property: Required] DateOnly? DiedOn,
    [property: Required, District] string District,
    [property: Required, Range(0, 120)] int? VictimAge,
    [property: Required] Relationship? Relationship,
    [property: Required] bool? Suicide,
    [property: Required] bool? AbuseConcerns,
    [property: Required] bool? CriminalInvestigationOpen,
    CriminalOutcome CriminalOutcome = CriminalOutcome.UnderInvestigation,
    [property: StringLength(200)] string? VictimName = null,
    [property: StringLength(200)] string? PerpetratorName = null)
{
    public Notification ToNotification() => new(
        DiedOn!.Value, District, VictimAge!.Value, Relationship!.Value, Suicide!.Value, AbuseConcerns!.Value,
        CriminalInvestigationOpen!.Value, CriminalOutcome);
}

/// <param name="Type">Both names of the review (DHR / DARDR).</param>
/// <param name="AlsoKnownAs">The reference in its DARDR form.</param>
public sealed record NotificationReceipt(Guid Id, string Reference, CriteriaEvaluation Criteria, DateOnly DecisionDueOn, string Type, string AlsoKnownAs);
