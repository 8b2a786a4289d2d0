using System.ComponentModel.DataAnnotations;
using Plans.Api.Domain;

namespace Plans.Api.Measures.DefineMeasure;

/// <param name="DerivedFrom">Leave out for a measure analysts enter; otherwise the event count it is derived from.</param>
public sealed record DefineMeasureRequest(
    [property: Required, StringLength(300, MinimumLength = 3)] string Name,
    [property: Required, StringLength(40), RegularExpression(UnitSlug.Pattern, ErrorMessage = UnitSlug.Message)] string Unit,
    MeasureDirection Direction,
    [property: Required, StringLength(500)] string Source,
    [property: DerivedSource] string? DerivedFrom = null);
