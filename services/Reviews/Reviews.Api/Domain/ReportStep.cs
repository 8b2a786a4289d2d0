namespace Reviews.Api.Domain;

/// <summary>One step of the report's way to publication, with the Home Office's feedback where there was some.</summary>
public sealed record ReportStep(ReviewStage Stage, DateOnly On, string? Note);
