using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Consultations.ListEvidence;

/// <summary>A consultation as evidence for a plan: its stage, who responded, and once published the ranking and percentages.</summary>
public sealed record ConsultationEvidenceResponse(
    Guid ConsultationId, string Title, Guid? PlanId, string Stage, IReadOnlyList<string> Owners, DateOnly? OpensOn, DateOnly? ClosesOn,
    DateOnly? ClosedOn, int? Respondents, IReadOnlyDictionary<string, int> RespondentsByChannel, DateOnly? ResultsPublishedOn,
    IReadOnlyList<RankedPriority> Rankings, IReadOnlyList<PerceptionResult> Indicators)
{
    public static ConsultationEvidenceResponse From(ConsultationEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new(
            evidence.ConsultationId, evidence.Title, evidence.PlanId, Platform.ServiceDefaults.Http.EnumNames.NameOf(evidence.Stage), evidence.Owners,
            evidence.OpensOn, evidence.ClosesOn, evidence.ClosedOn, evidence.Respondents, evidence.RespondentsByChannel, evidence.ResultsPublishedOn,
            [.. evidence.Rankings.OrderBy(r => r.QuestionId, StringComparer.Ordinal).ThenBy(r => r.Position)], evidence.Indicators);
    }
}

internal static class ListEvidenceEndpoints
{
    /// <summary>Everyone signed in may read the consultations behind the plan (the results are public once published).</summary>
    public static IEndpointRouteBuilder MapConsultationEvidence(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/plans/consultations", ListAsync)
            .WithTags("Consultation evidence")
            .WithName("ListConsultationEvidence")
            .WithSummary("Every consultation the Consultation service reported, newest first: stage, respondents, published ranking and percentages.");
        endpoints.MapGet("/api/plans/plans/{id:guid}/consultations", ForPlanAsync)
            .WithTags("Consultation evidence")
            .WithName("ListPlanConsultations")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The consultations held on this plan version and their published results: the plan's consultation evidence.");
        return endpoints;
    }

    private static async Task<Ok<List<ConsultationEvidenceResponse>>> ListAsync(PlansDbContext db, CancellationToken cancellationToken)
    {
        var evidence = await db.ConsultationEvidence.AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(evidence.OrderByDescending(e => e.OpensOn ?? e.ClosedOn).Select(ConsultationEvidenceResponse.From).ToList());
    }

    private static async Task<Ok<List<ConsultationEvidenceResponse>>> ForPlanAsync(Guid id, PlansDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken))
        {
            throw new RuleViolationException("plan-not-found", $"There is no plan {id}.", RuleViolationKind.NotFound);
        }

        var evidence = await db.ConsultationEvidence.AsNoTracking().Where(e => e.PlanId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok(evidence.OrderByDescending(e => e.OpensOn ?? e.ClosedOn).Select(ConsultationEvidenceResponse.From).ToList());
    }
}
