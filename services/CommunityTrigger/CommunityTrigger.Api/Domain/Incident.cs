namespace CommunityTrigger.Api.Domain;

/// <summary>One incident of anti-social behaviour and every complaint the applicant made about it.</summary>
public sealed record Incident(DateOnly OccurredOn, string Description, bool HateMotivated, IReadOnlyList<IncidentReport> Reports);

/// <summary>A complaint: the incident was reported to a relevant body (agency slug) on a date.</summary>
public sealed record IncidentReport(string Agency, DateOnly ReportedOn);
