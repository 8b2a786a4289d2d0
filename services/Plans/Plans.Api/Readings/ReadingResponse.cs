using Plans.Api.Domain;

namespace Plans.Api.Readings;

/// <param name="Period">The quarter, e.g. <c>2025-Q3</c>.</param>
/// <param name="Area"><c>county</c> or a district slug.</param>
/// <param name="Version">Send back as <c>If-Match</c> when re-entering the reading.</param>
public sealed record ReadingResponse(
    Guid MeasureId, Quarter Period, string Area, decimal Value, ReadingOrigin Origin, string? Note, DateTimeOffset UpdatedAt, uint Version)
{
    public static ReadingResponse From(Reading r) =>
        new(r.MeasureId, r.Period, r.Area, ReadingValues.Plain(r.Value), r.Origin, r.Note, r.UpdatedAt, r.Version);
}
