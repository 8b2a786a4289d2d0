using Plans.Api.Domain;

namespace Plans.Api.Measures;

/// <param name="DisclosureControlled">Its figures are published with counts of 0–4 withheld (and any figure that would give one away), except to analysts.</param>
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
    uint Version)
{
    public static MeasureResponse From(Measure m) =>
        new(m.Id, m.OutcomeId, m.Name, m.Unit, m.Direction, m.Source, m.DerivedFrom, m.DisclosureControlled, m.DefinedAt, m.Version);
}
