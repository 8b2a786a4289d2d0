using Plans.Api.Domain;

namespace Plans.Api.Measures;

/// <param name="DerivedFrom">The event count it is derived from (see DerivedSources); null when analysts enter it.</param>
public sealed record MeasureResponse(
    Guid Id,
    Guid OutcomeId,
    string Name,
    string Unit,
    MeasureDirection Direction,
    string Source,
    string? DerivedFrom,
    DateTimeOffset DefinedAt,
    uint Version)
{
    public static MeasureResponse From(Measure m) =>
        new(m.Id, m.OutcomeId, m.Name, m.Unit, m.Direction, m.Source, m.DerivedFrom, m.DefinedAt, m.Version);
}
