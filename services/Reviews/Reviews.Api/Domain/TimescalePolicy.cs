namespace Reviews.Api.Domain;

/// <summary>
/// Timescales from configuration section <c>Reviews:Timescales</c>. The decision is due a period after notification
/// (guidance: one month); the review a period after the decision to commission (statutory guide: six months), net of
/// holds and extensions; in the last <see cref="AtRiskDays"/> days before that it is at risk.
/// </summary>
public sealed record TimescalePolicy
{
    public int DecisionMonths { get; init; } = 1;

    public int ReviewMonths { get; init; } = 6;

    public int AtRiskDays { get; init; } = 28;
}
