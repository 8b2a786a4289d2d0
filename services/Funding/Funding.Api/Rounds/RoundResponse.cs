using Funding.Api.Data;
using Funding.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Rounds;

public sealed record RoundResponse(
    Guid Id, Guid FundId, string Title, DateOnly OpensOn, DateOnly ClosesOn, IReadOnlyList<ApplicantType> ApplicantTypes,
    IReadOnlyList<string> Districts, decimal MinimumAward, decimal MaximumAward, IReadOnlyList<Guid> PriorityIds,
    IReadOnlyList<string> Questions, IReadOnlyList<Criterion> Criteria)
{
    public static RoundResponse From(Round round) => new(
        round.Id, round.FundId, round.Title, round.OpensOn, round.ClosesOn, round.ApplicantTypes, round.Districts,
        round.MinimumAward, round.MaximumAward, round.PriorityIds, round.Questions, round.Criteria);
}

internal static class RoundLookup
{
    private static RuleViolationException NotFound(Guid id) => new("round-not-found", $"There is no round {id}.", RuleViolationKind.NotFound);

    public static IServiceCollection AddRoundChanges(this IServiceCollection services) =>
        services.AddChanges<FundingDbContext, Round>(setup => setup
            .FindBy<Guid>((db, id, cancellationToken) => db.Rounds.FindAsync([id], cancellationToken).AsTask(), NotFound)
            .AuditAs(round => round.Id.ToString(), RoundResponse.From)
            .VersionedBy(round => round.Version));

    public static async Task<Round> FindRoundOrThrowAsync(this FundingDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Rounds.FindAsync([id], cancellationToken) ?? throw NotFound(id);
}
