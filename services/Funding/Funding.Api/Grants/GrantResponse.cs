using Funding.Api.Domain;

namespace Funding.Api.Grants;

public sealed record GrantResponse(
    Guid Id, Guid? ApplicationId, Guid FundId, Guid? RoundId, Guid PriorityId, string BudgetPeriod, decimal Amount, decimal AmountRequested,
    bool PartAward, string? Conditions, string ProjectTitle, string Summary, string RecipientOrganisation, string RecipientAgency,
    IReadOnlyList<string> Districts, IReadOnlyList<Objective> Objectives, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly AwardedOn,
    GrantStatus Status, decimal Claimed, decimal Paid, IReadOnlyList<Variation> Variations, ProjectOutcome? Outcome, uint Version)
{
    public static GrantResponse From(Grant grant) => new(
        grant.Id, grant.ApplicationId, grant.FundId, grant.RoundId, grant.PriorityId, grant.BudgetPeriod, grant.Amount, grant.AmountRequested,
        grant.PartAward, grant.Conditions, grant.ProjectTitle, grant.Summary, grant.RecipientOrganisation, grant.RecipientAgency,
        grant.Districts, grant.Objectives, grant.PeriodStart, grant.PeriodEnd, grant.AwardedOn, grant.Status, grant.Claimed, grant.Paid,
        grant.Variations, grant.Outcome, grant.Version);

    /// <summary>The money of a grant, before and after a change, for the audit log.</summary>
    public static object Money(Grant grant) => new { grant.Status, grant.Amount, grant.Claimed, grant.Paid, LastVariation = grant.Variations.LastOrDefault() };
}

public sealed record ClaimResponse(Guid Id, Guid GrantId, DateOnly PeriodFrom, DateOnly PeriodTo, decimal Amount, ClaimStatus Status, string? QueryReason)
{
    public static ClaimResponse From(Claim claim) =>
        new(claim.Id, claim.GrantId, claim.PeriodFrom, claim.PeriodTo, claim.Amount, claim.Status, claim.QueryReason);
}
