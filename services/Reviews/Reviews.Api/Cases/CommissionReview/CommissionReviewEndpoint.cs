using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.CommissionReview;

internal static class CommissionReviewEndpoint
{
    public static RouteHandlerBuilder MapCommissionReview(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/commissioning", Handle)
            .WithName("CommissionReview")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Appoint the independent chair/author (tender reference, appointment date), the panel by agency and the terms of reference; only after a decision to commission.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, CommissionRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(
            id,
            ifMatch: null,
            "review-commissioned",
            (review, now) => review.Commission(request.ToCommissioning(), now),
            cancellationToken)));
}

public sealed record CommissionRequest(
    [property: Required] ChairRequest Chair,
    [property: Required, MinLength(1), MaxLength(40)] IReadOnlyList<PanelMemberRequest> Panel,
    [property: Required, StringLength(20000, MinimumLength = 10)] string TermsOfReference)
{
    public Commissioning ToCommissioning() => new(
        new IndependentChair(Chair.Name, Chair.UserId, Chair.TenderReference, Chair.AppointedOn!.Value),
        [.. Panel.Select(p => new PanelMember(p.Agency, p.UserId))],
        TermsOfReference);
}

public sealed record ChairRequest(
    [property: Required, StringLength(200)] string Name,
    [property: Required, StringLength(100)] string TenderReference,
    [property: Required] DateOnly? AppointedOn,
    [property: StringLength(200)] string? UserId = null);

public sealed record PanelMemberRequest(
    [property: Required, StringLength(100), RegularExpression(AgencySlug.Pattern, ErrorMessage = AgencySlug.Message)] string Agency,
    [property: Required, StringLength(200)] string UserId);
