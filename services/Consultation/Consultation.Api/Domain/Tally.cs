namespace Consultation.Api.Domain;

public enum BreakdownLevel
{
    County,
    District,
    AreaType,
}

/// <summary>
/// Answer rows summed in SQL for one (question, row, option, rank) at one level: county-wide, or for one district or
/// area type (<see cref="Group"/> null: not given). Number answers carry their sum, minimum and maximum.
/// </summary>
public sealed record Tally(
    string QuestionId,
    string? Row,
    string? Option,
    int? Rank,
    BreakdownLevel Level,
    string? Group,
    long Count,
    decimal? NumberSum = null,
    decimal? NumberMin = null,
    decimal? NumberMax = null);
