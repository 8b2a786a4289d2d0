using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Domain;

/// <summary>
/// The partnership's yearly strategic assessment of crime and disorder (a statutory duty): a summary and the key
/// risks, each with the group or agency that leads on it. Priorities are drawn from it. One per year.
/// </summary>
public sealed class StrategicAssessment
{
    private StrategicAssessment()
    {
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public string Summary { get; private set; } = "";

    public List<KeyRisk> KeyRisks { get; private set; } = [];

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? RevisedAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): a stale update fails instead of overwriting.</summary>
    public uint Version { get; private set; }

    public static StrategicAssessment Record(int year, string summary, IReadOnlyList<KeyRisk> keyRisks, DateTimeOffset now)
    {
        RequireKeyRisks(keyRisks);
        return new StrategicAssessment
        {
            Id = Guid.CreateVersion7(now),
            Year = year,
            Summary = summary,
            KeyRisks = [.. keyRisks],
            RecordedAt = now,
        };
    }

    public void Revise(string summary, IReadOnlyList<KeyRisk> keyRisks, DateTimeOffset now)
    {
        RequireKeyRisks(keyRisks);
        Summary = summary;
        KeyRisks = [.. keyRisks];
        RevisedAt = now;
    }

    private static void RequireKeyRisks(IReadOnlyList<KeyRisk> keyRisks)
    {
        if (keyRisks.Count == 0)
        {
            throw new RuleViolationException(
                "assessment-without-key-risks", "A strategic assessment names at least one key risk.", RuleViolationKind.BusinessRule);
        }
    }
}

/// <summary>A risk the assessment found, and who leads the partnership's response to it.</summary>
public sealed record KeyRisk(string Risk, string DeliveryLead);
