using System.ComponentModel.DataAnnotations;

namespace Reviews.Api.Cases;

/// <summary>
/// One step on the report's way to publication (draft → Home Office Quality Assurance Panel → feedback →
/// resubmitted → approved), each its own use case with the same body: the day, and a note where the step has one.
/// </summary>
public sealed record ReportStepRequest(
    [property: Required] DateOnly? On,
    [property: StringLength(20000)] string? Note = null);
