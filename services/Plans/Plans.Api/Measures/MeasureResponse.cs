using Plans.Api.Domain;

namespace Plans.Api.Measures;

/// <param name="DisclosureControlled">Its figures are published with counts of 0–4 withheld (and any figure that would give one away), except to analysts.</param>
/// <param name="Baseline">The county figure progress is measured from; null until set.</param>
/// <param name="Target">The county figure to reach and by when; null when none is set.</param>
/// <param name="DerivedFrom">The event count it is derived from (see DerivedSources); null when analysts enter it.</param>
public sealed record MeasureResponse(
    Guid Id,
    Guid OutcomeId,
    string Name,
    string Unit,
    MeasureDirection Direction,
    string Source,
    string? DerivedFrom,
    bool DisclosureControlled,
    DateTimeOffset DefinedAt,
    Baseline? Baseline,
    Target? Target,
    uint Version)
{
    public static MeasureResponse From(Measure m) =>
        new(m.Id, m.OutcomeId, m.Name, m.Unit, m.Direction, m.Source, m.DerivedFrom, m.DisclosureControlled, m.DefinedAt, m.Baseline, m.Target, m.Version);
}
