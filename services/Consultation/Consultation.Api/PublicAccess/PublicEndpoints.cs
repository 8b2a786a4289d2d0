using Consultation.Api.Consultations;
using Consultation.Api.Data;
using Consultation.Api.Domain;
using Consultation.Api.Publication.YouSaidWeDidReport;
using Consultation.Api.Responses.SaveAndResume;
using Consultation.Api.Responses.SubmitResponse;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Time;

namespace Consultation.Api.PublicAccess;

/// <summary>
/// What the public reaches through the gateway without an account, all under <c>/api/consultation/public</c> (one
/// anonymous, rate-limited gateway route): open consultations and their questions, responding, and published
/// results with "you said, we did".
/// </summary>
internal static class PublicEndpoints
{
    public static IEndpointRouteBuilder MapPublic(this IEndpointRouteBuilder endpoints)
    {
        var publicConsultations = endpoints.MapGroup("/api/consultation/public/consultations").WithTags("Public").AllowAnonymous();
        publicConsultations.MapGet("", ListAsync)
            .WithName("ListPublicConsultations")
            .WithSummary("Consultations open now, and those whose results are published.");
        publicConsultations.MapGet("/{id:guid}", GetAsync)
            .WithName("GetPublicConsultation")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An open or published consultation's questions, to show the form.");
        publicConsultations.MapSubmitResponse();
        publicConsultations.MapPublishedResults();
        publicConsultations.MapYouSaidWeDid();
        endpoints.MapSaveAndResume();
        return endpoints;
    }

    private static async Task<Ok<List<PublicConsultationItem>>> ListAsync(ConsultationDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        return TypedResults.Ok(await db.Consultations.AsNoTracking()
            .Where(c => (c.Status == ConsultationStatus.Open && c.OpensOn <= today && c.ClosesOn >= today) || c.Status == ConsultationStatus.ResultsPublished)
            .OrderByDescending(c => c.OpensOn)
            .Select(c => new PublicConsultationItem(c.Id, c.Title, c.Status, c.OpensOn, c.ClosesOn, c.Synthetic))
            .ToListAsync(cancellationToken));
    }

    private static async Task<Ok<PublicConsultationForm>> GetAsync(Guid id, ConsultationDbContext db, CancellationToken cancellationToken)
    {
        var consultation = await db.FindPublicOrThrowAsync(id, cancellationToken);
        return TypedResults.Ok(new PublicConsultationForm(
            consultation.Id, consultation.Title, consultation.Purpose, consultation.Owners, consultation.Audience, consultation.Status,
            consultation.OpensOn, consultation.ClosesOn, consultation.Questions, consultation.Synthetic));
    }

    /// <summary>Drafts are not public: 404, as if they did not exist.</summary>
    public static async Task<PublicConsultation> FindPublicOrThrowAsync(this ConsultationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var consultation = await db.FindOrThrowAsync(id, cancellationToken);
        return consultation.Status == ConsultationStatus.Draft
            ? throw new Platform.ServiceDefaults.Errors.RuleViolationException(
                "consultation-not-found", "There is no such consultation.", Platform.ServiceDefaults.Errors.RuleViolationKind.NotFound)
            : consultation;
    }
}

public sealed record PublicConsultationItem(Guid Id, string Title, ConsultationStatus Status, DateOnly OpensOn, DateOnly ClosesOn, bool Synthetic);

public sealed record PublicConsultationForm(
    Guid Id, string Title, string Purpose, IReadOnlyList<string> Owners, string Audience, ConsultationStatus Status, DateOnly OpensOn,
    DateOnly ClosesOn, IReadOnlyList<Question> Questions, bool Synthetic);
