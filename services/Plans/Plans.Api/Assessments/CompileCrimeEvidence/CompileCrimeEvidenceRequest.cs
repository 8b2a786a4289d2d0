using System.ComponentModel.DataAnnotations;

namespace Plans.Api.Assessments.CompileCrimeEvidence;

/// <param name="DataYear">The calendar year of police.uk data to count (January to December); default: the assessment's own year.</param>
public sealed record CompileCrimeEvidenceRequest([property: Range(2000, 2100)] int? DataYear = null);
