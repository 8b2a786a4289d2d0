using Plans.Api.Domain;

namespace Plans.Api.Readings;

/// <param name="Period">The quarter, e.g. <c>2025-Q3</c>.</param>
/// <param name="Area"><c>county</c> or a district slug.</param>
/// <param name="Value">Null when <paramref name="Withheld"/>.</param>
/// <param name="Withheld">
/// The measure is disclosure-controlled and this count is 0–4, or would give one away (decision 0025); analysts see every
/// figure.
/// </param>
/// <param name="UpdatedAt">Not given for disclosure-controlled figures: when a count changed says when a referral arrived.</param>
/// <param name="Version">Send back as <c>If-Match</c> when re-entering the reading.</param>
public sealed record ReadingResponse(
    Guid MeasureId, Quarter Period, string Area, decimal? Value, bool Withheld, ReadingOrigin Origin, string? Note, DateTimeOffset? UpdatedAt, uint Version)
{
    public static ReadingResponse From(Reading r) =>
        new(r.MeasureId, r.Period, r.Area, ReadingValues.Plain(r.Value), Withheld: false, r.Origin, r.Note, r.UpdatedAt, r.Version);

    /// <summary>A disclosure-controlled figure as it is published: derived, and without its update time or version.</summary>
    public static ReadingResponse Controlled(Guid measureId, Quarter period, string area, int? value) =>
        new(measureId, period, area, value, Withheld: value is null, ReadingOrigin.Derived, Note: null, UpdatedAt: null, Version: 0);
}
