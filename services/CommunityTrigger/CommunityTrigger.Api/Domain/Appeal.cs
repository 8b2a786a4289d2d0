namespace CommunityTrigger.Api.Domain;

/// <summary>The applicant's request for an independent review of the outcome, and that reviewer's decision.</summary>
public sealed record Appeal(
    DateTimeOffset RequestedAt,
    string Grounds,
    AppealDecision? Decision = null,
    string? Reviewer = null,
    string? Reasons = null,
    DateTimeOffset? DecidedAt = null);

public enum AppealDecision
{
    /// <summary>The reviewer agrees with the applicant; the partnership must look again.</summary>
    Upheld,

    NotUpheld,
}
