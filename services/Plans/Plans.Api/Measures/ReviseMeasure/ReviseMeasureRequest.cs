using System.ComponentModel.DataAnnotations;
using Plans.Api.Domain;

namespace Plans.Api.Measures.ReviseMeasure;

/// <summary>The whole definition, as it should now read.</summary>
public sealed record ReviseMeasureRequest(
    [property: Required, StringLength(300, MinimumLength = 3)] string Name,
    [property: Required, StringLength(40), RegularExpression(UnitSlug.Pattern, ErrorMessage = UnitSlug.Message)] string Unit,
    MeasureDirection Direction,
    [property: Required, StringLength(500)] string Source,
    [property: DerivedSource] string? DerivedFrom = null);
