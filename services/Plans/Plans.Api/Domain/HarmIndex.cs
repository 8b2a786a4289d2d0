using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Domain;

/// <summary>
/// The weights the strategic assessment multiplies crime counts by to rank harm, one per police.uk crime type, with
/// where they come from and which version they are (decision 0036). Analysts and partnership officers replace them;
/// every change is audited before and after, so the audit log is their history. An assessment keeps a copy of the
/// weights it was compiled with, so editing them never changes an assessment already made.
/// </summary>
public sealed class HarmIndex
{
    /// <summary>The one set of weights the partnership uses; its id is fixed so the seed and every replica agree.</summary>
    public static readonly Guid CurrentId = new("0b0a3c1e-6d0f-8a4e-9c7b-2f4e5a6b7c8d");

    private HarmIndex()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Where the weights come from, e.g. "Cambridge Crime Harm Index (May 2023), aggregated to police.uk crime types by ...".</summary>
    public string Source { get; private set; } = "";

    /// <summary>The version of the source, e.g. <c>CCHI 2023-05</c>; changed with every replacement.</summary>
    public string SourceVersion { get; private set; } = "";

    /// <summary>One weight per police.uk crime type, in the order of <see cref="PoliceCrimeTypes.All"/>.</summary>
    public List<HarmWeight> Weights { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public decimal WeightOf(string crimeType) => Weights.First(w => w.CrimeType == crimeType).Weight;

    public static HarmIndex Create(string source, string sourceVersion, IReadOnlyCollection<HarmWeight> weights, DateTimeOffset now) => new()
    {
        Id = CurrentId,
        Source = source,
        SourceVersion = sourceVersion,
        Weights = Checked(weights),
        UpdatedAt = now,
    };

    /// <summary>Replaces the weights; the version label must change with them, so two assessments' weights are told apart.</summary>
    public void Replace(string source, string sourceVersion, IReadOnlyCollection<HarmWeight> weights, DateTimeOffset now)
    {
        if (sourceVersion == SourceVersion)
        {
            throw new RuleViolationException(
                "harm-weights-version-unchanged",
                $"sourceVersion: the weights are already at version '{SourceVersion}'; give the new weights a version of their own.",
                RuleViolationKind.BusinessRule);
        }

        Source = source;
        SourceVersion = sourceVersion;
        Weights = Checked(weights);
        UpdatedAt = now;
    }

    private static List<HarmWeight> Checked(IReadOnlyCollection<HarmWeight> weights)
    {
        var unknown = weights.Where(w => !PoliceCrimeTypes.IsKnown(w.CrimeType)).Select(w => $"'{w.CrimeType}'").ToList();
        if (unknown.Count > 0)
        {
            throw new RuleViolationException(
                "unknown-crime-type",
                $"weights: not a police.uk crime type: {string.Join(", ", unknown)}. Use: {string.Join(", ", PoliceCrimeTypes.All)}.",
                RuleViolationKind.BusinessRule);
        }

        var repeated = weights.GroupBy(w => w.CrimeType).Where(g => g.Count() > 1).Select(g => $"'{g.Key}'").ToList();
        var missing = PoliceCrimeTypes.All.Where(type => weights.All(w => w.CrimeType != type)).Select(type => $"'{type}'").ToList();
        if (repeated.Count > 0 || missing.Count > 0)
        {
            throw new RuleViolationException(
                "harm-weights-incomplete",
                $"weights: give every police.uk crime type exactly one weight.{(missing.Count > 0 ? $" Missing: {string.Join(", ", missing)}." : "")}{(repeated.Count > 0 ? $" Repeated: {string.Join(", ", repeated)}." : "")}",
                RuleViolationKind.BusinessRule);
        }

        if (weights.FirstOrDefault(w => w.Weight < 0) is { } negative)
        {
            throw new RuleViolationException(
                "harm-weight-negative", $"weights: the weight of '{negative.CrimeType}' is negative; harm is 0 or more.", RuleViolationKind.BusinessRule);
        }

        return PoliceCrimeTypes.All.Select(type => weights.Single(w => w.CrimeType == type)).ToList();
    }
}

public sealed record HarmWeight(string CrimeType, decimal Weight);
