using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Domain;

/// <summary>
/// How progress towards an outcome is measured (e.g. "Prevent referrals from education", count, up). Its readings are
/// entered by analysts, or, when it is <see cref="DerivedFrom"/> one of the <see cref="DerivedSources"/>, counted from
/// other services' events and never typed in.
/// </summary>
public sealed class Measure
{
    private Measure()
    {
    }

    public Guid Id { get; private set; }

    public Guid OutcomeId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>A slug, e.g. <c>count</c>, <c>percent</c>, <c>rate-per-1000</c>.</summary>
    public string Unit { get; private set; } = "";

    public MeasureDirection Direction { get; private set; }

    /// <summary>Where the figures come from, e.g. "Norfolk Constabulary crime recording".</summary>
    public string Source { get; private set; } = "";

    /// <summary>The <see cref="DerivedSources"/> key it is counted from; null when analysts enter it.</summary>
    public string? DerivedFrom { get; private set; }

    /// <summary>
    /// Its figures count people in a sensitive context, so they leave Plans only through the small-number disclosure
    /// control (decision 0025). Set from the derived source's event contract, never by a request.
    /// </summary>
    public bool DisclosureControlled { get; private set; }

    public DateTimeOffset DefinedAt { get; private set; }

    /// <summary>The county-wide figure progress is measured from; null until an analyst or officer sets it.</summary>
    public Baseline? Baseline => BaselinePeriodStart is { } start && BaselineValue is { } value ? new Baseline(Quarter.FromStart(start), value) : null;

    /// <summary>The county-wide figure the partnership committed to reach; optional, and only with a baseline.</summary>
    public Target? Target => TargetValue is { } value && TargetPeriodStart is { } by ? new Target(value, Quarter.FromStart(by), TargetStatement) : null;

    public DateOnly? BaselinePeriodStart { get; private set; }

    public decimal? BaselineValue { get; private set; }

    public decimal? TargetValue { get; private set; }

    public DateOnly? TargetPeriodStart { get; private set; }

    public string? TargetStatement { get; private set; }

    public uint Version { get; private set; }

    public bool IsDerived => DerivedFrom is not null;

    public static Measure Define(
        Guid outcomeId, string name, string unit, MeasureDirection direction, string source, string? derivedFrom,
        DateTimeOffset now)
    {
        EnsureKnownSource(derivedFrom);
        return new Measure
        {
            Id = Guid.CreateVersion7(now),
            OutcomeId = outcomeId,
            Name = name,
            Unit = unit,
            Direction = direction,
            Source = source,
            DerivedFrom = derivedFrom,
            DisclosureControlled = DerivedSources.IsDisclosureControlled(derivedFrom),
            DefinedAt = now,
        };
    }

    /// <summary>
    /// Changes the definition. Switching between analyst-entered and derived (or between derived sources) once there
    /// are readings would mix figures of two origins in one series, so it is refused.
    /// </summary>
    public void Revise(string name, string unit, MeasureDirection direction, string source, string? derivedFrom, bool hasReadings)
    {
        EnsureKnownSource(derivedFrom);
        if (derivedFrom != DerivedFrom && hasReadings)
        {
            throw new RuleViolationException(
                "measure-has-readings",
                "This measure already has readings, so where its figures come from (derivedFrom) can no longer change; define a new measure instead.");
        }

        Name = name;
        Unit = unit;
        Direction = direction;
        Source = source;
        DerivedFrom = derivedFrom;
        DisclosureControlled = DerivedSources.IsDisclosureControlled(derivedFrom);
    }

    /// <summary>
    /// Sets (or replaces) the baseline and the target; a null target removes it. A neutral measure is watched, not
    /// judged, so it takes a baseline but no target; a target lies after the baseline in time and, in value, in the
    /// direction the partnership wants the measure to move.
    /// </summary>
    public void SetBaselineAndTarget(Baseline baseline, Target? target)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        if (target is not null)
        {
            EnsureReachable(baseline, target);
        }

        BaselinePeriodStart = baseline.Period.Start;
        BaselineValue = baseline.Value;
        TargetValue = target?.Value;
        TargetPeriodStart = target?.By.Start;
        TargetStatement = target?.Statement;
    }

    private void EnsureReachable(Baseline baseline, Target target)
    {
        if (Direction == MeasureDirection.Neutral)
        {
            throw new RuleViolationException(
                "neutral-measure-target",
                "target: this measure is neutral (a change is not in itself good or bad, e.g. because of under-reporting), so it takes a baseline but no target.",
                RuleViolationKind.BusinessRule);
        }

        if (target.By <= baseline.Period)
        {
            throw new RuleViolationException(
                "target-not-after-baseline",
                $"target.by ({target.By}) must be a quarter after baseline.period ({baseline.Period}).",
                RuleViolationKind.BusinessRule);
        }

        var wrongWay = Direction == MeasureDirection.Down ? target.Value >= baseline.Value : target.Value <= baseline.Value;
        if (wrongWay)
        {
            var want = Direction == MeasureDirection.Down ? "below" : "above";
            throw new RuleViolationException(
                "target-wrong-direction",
                $"target.value ({target.Value}) must be {want} baseline.value ({baseline.Value}): this measure is better when it goes {Direction.ToString().ToLowerInvariant()}.",
                RuleViolationKind.BusinessRule);
        }
    }

    /// <summary>Analysts may not type over figures counted from events.</summary>
    public void EnsureAcceptsAnalystReadings()
    {
        if (IsDerived)
        {
            throw new RuleViolationException(
                "measure-is-derived",
                $"This measure is counted from other services' events ({DerivedFrom}); its readings cannot be entered by hand.");
        }
    }

    private static void EnsureKnownSource(string? derivedFrom)
    {
        if (derivedFrom is not null && !DerivedSources.IsKnown(derivedFrom))
        {
            throw new RuleViolationException(
                "unknown-derived-source",
                $"'{derivedFrom}' is not a source readings can be derived from. Use one of: {string.Join(", ", DerivedSources.All)}, {DerivedSources.ConsultationResultPrefix}<result code> or {DerivedSources.FundingReturnPrefix}<measure name>.",
                RuleViolationKind.BusinessRule);
        }
    }
}
