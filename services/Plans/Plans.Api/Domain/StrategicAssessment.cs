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

    /// <summary>The year's police-recorded crime weighed for harm; null until compiled from the imported data.</summary>
    public CrimeEvidence? CrimeEvidence { get; private set; }

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

    /// <summary>Records (or recompiles) the crime evidence; a recompile replaces the earlier counts and weights whole.</summary>
    public void RecordCrimeEvidence(CrimeEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Counts.Count == 0)
        {
            throw new RuleViolationException(
                "no-crime-data",
                $"dataYear: no police.uk data is imported for {evidence.DataYear} within the partnership's area; import the year's street-level files first.",
                RuleViolationKind.BusinessRule);
        }

        CrimeEvidence = evidence;
    }

    /// <summary>Every finding a priority may cite: its key risks and, once compiled, its harm rankings.</summary>
    public IReadOnlySet<string> EvidenceKeys() =>
        KeyRisks.Select((_, i) => Evidence.KeyRisk(i + 1)).Concat(CrimeEvidence?.EvidenceKeys() ?? []).ToHashSet(StringComparer.Ordinal);

    /// <summary>Refuses a citation of a finding this assessment does not have.</summary>
    public void EnsureHasEvidence(IReadOnlyCollection<string> cited)
    {
        var known = EvidenceKeys();
        var unknown = cited.Where(key => !known.Contains(key)).ToList();
        if (unknown.Count > 0)
        {
            throw new RuleViolationException(
                "unknown-assessment-evidence",
                $"answers: the {Year} strategic assessment has no finding {string.Join(", ", unknown.Select(k => $"'{k}'"))}. It has key-risk/1 to key-risk/{KeyRisks.Count}{(CrimeEvidence is null ? " (its crime evidence is not compiled yet)" : " and the crime-type/..., district/... keys of its harm rankings")}.",
                RuleViolationKind.BusinessRule);
        }
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
