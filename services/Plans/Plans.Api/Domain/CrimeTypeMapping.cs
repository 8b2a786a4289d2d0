using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Domain;

/// <summary>
/// Which police.uk crime types a measure counts (e.g. "Burglary" → "Number of reported burglaries"): configuration an
/// analyst edits, audited before/after on every change, so the audit log is its history. Only a measure derived from
/// <see cref="DerivedSources.PoliceRecordedCrime"/> has one; its readings are recounted from the imported files
/// whenever the mapping changes.
/// </summary>
public sealed class CrimeTypeMapping
{
    private CrimeTypeMapping()
    {
    }

    public Guid MeasureId { get; private set; }

    /// <summary>Sorted, distinct police.uk crime types.</summary>
    public List<string> CrimeTypes { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public static CrimeTypeMapping For(Measure measure, IReadOnlyCollection<string> crimeTypes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(measure);
        EnsureCountsPoliceRecordedCrime(measure);
        return new CrimeTypeMapping { MeasureId = measure.Id, CrimeTypes = Checked(crimeTypes), UpdatedAt = now };
    }

    public void Replace(IReadOnlyCollection<string> crimeTypes, DateTimeOffset now)
    {
        CrimeTypes = Checked(crimeTypes);
        UpdatedAt = now;
    }

    public static void EnsureCountsPoliceRecordedCrime(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (measure.DerivedFrom != DerivedSources.PoliceRecordedCrime)
        {
            throw new RuleViolationException(
                "measure-not-from-police-data",
                $"Only a measure derived from '{DerivedSources.PoliceRecordedCrime}' counts crime types; revise the measure first (derivedFrom), before it has readings.",
                RuleViolationKind.BusinessRule);
        }
    }

    private static List<string> Checked(IReadOnlyCollection<string> crimeTypes)
    {
        var unknown = crimeTypes.Where(type => !PoliceCrimeTypes.IsKnown(type)).ToList();
        if (unknown.Count > 0)
        {
            throw new RuleViolationException(
                "unknown-crime-type",
                $"Not a police.uk crime type: {string.Join(", ", unknown.Select(type => $"'{type}'"))}. Use: {string.Join(", ", PoliceCrimeTypes.All)}.",
                RuleViolationKind.BusinessRule);
        }

        if (crimeTypes.Count == 0)
        {
            throw new RuleViolationException(
                "no-crime-types", "A measure counted from police data needs at least one crime type.", RuleViolationKind.BusinessRule);
        }

        return crimeTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
