using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Api.HarmWeights.GetHarmWeights;
using Plans.Api.HarmWeights.ReplaceHarmWeights;
using Platform.Contracts;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.HarmWeights;

internal static class HarmWeightsEndpoints
{
    public const string Path = "/api/plans/harm-weights";

    /// <summary>Everyone signed in may read the weights; analysts and partnership officers replace them.</summary>
    public static IEndpointRouteBuilder MapHarmWeights(this IEndpointRouteBuilder endpoints)
    {
        var weights = endpoints.MapGroup(Path).WithTags("Strategic assessments");
        weights.MapGetHarmWeights();
        weights.MapGroup("").RequireAuthorization(policy => policy.RequireRole(Roles.Analyst, Roles.PartnershipOfficer)).MapReplaceHarmWeights();
        return endpoints;
    }

    /// <summary>Harm weight changes: the one current set, audited as <see cref="HarmWeightsResponse"/> (its history).</summary>
    public static IServiceCollection AddHarmWeightChanges(this IServiceCollection services) =>
        services.AddChanges<PlansDbContext, HarmIndex>(setup => setup
            .FindBy<Guid>((db, id, cancellationToken) => db.HarmIndexes.SingleOrDefaultAsync(i => i.Id == id, cancellationToken), _ => NotSeeded())
            .AuditAs(index => index.Id.ToString(), HarmWeightsResponse.From, subjectType: "harm-weights")
            .VersionedBy(index => index.Version));

    public static RuleViolationException NotSeeded() => new(
        "harm-weights-not-found", "No harm weights are set up (the reference data seeds them).", RuleViolationKind.NotFound);
}

/// <param name="Source">Where the weights come from; the seeded set says it is a placeholder (decision 0036).</param>
/// <param name="SourceVersion">The version of the source the weights are from.</param>
public sealed record HarmWeightsResponse(string Source, string SourceVersion, IReadOnlyList<HarmWeight> Weights, DateTimeOffset UpdatedAt, uint Version)
{
    public static HarmWeightsResponse From(HarmIndex index) => new(index.Source, index.SourceVersion, [.. index.Weights], index.UpdatedAt, index.Version);
}
