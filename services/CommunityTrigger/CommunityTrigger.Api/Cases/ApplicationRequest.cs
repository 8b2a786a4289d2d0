using System.ComponentModel.DataAnnotations;
using CommunityTrigger.Api.Domain;

namespace CommunityTrigger.Api.Cases;

/// <summary>An application as the public web form sends it; staff entries add the channel.</summary>
public sealed record ApplicationRequest(
    [property: Required, StringLength(40)] string District,
    [property: Required] ApplicantRequest Applicant,
    [property: Required, StringLength(4000, MinimumLength = 10)] string ProblemSummary,
    [property: Required, MinLength(1), MaxLength(50)] IReadOnlyList<IncidentRequest> Incidents,
    [property: MaxLength(50)] IReadOnlyList<AffectedPersonRequest>? PeopleAffected = null)
{
    public NewApplication ToNewApplication(ApplicationChannel channel) => new(
        District,
        channel,
        new Applicant(
            Applicant.Name, Applicant.Email, Applicant.Phone, Applicant.Address, Applicant.Capacity, Applicant.OnBehalfOf, Applicant.ConsentRecorded),
        ProblemSummary,
        [.. Incidents.Select(i => new Incident(
            i.OccurredOn!.Value, i.Description, i.HateMotivated, [.. (i.Reports ?? []).Select(r => new IncidentReport(r.Agency, r.ReportedOn!.Value))]))],
        [.. (PeopleAffected ?? []).Select(p => new AffectedPerson(p.Name, p.AlsoApplying))]);
}

public sealed record ApplicantRequest(
    [property: Required, StringLength(200)] string Name,
    ApplicantCapacity Capacity,
    [property: StringLength(254), EmailAddress] string? Email = null,
    [property: StringLength(40), Phone] string? Phone = null,
    [property: StringLength(500)] string? Address = null,
    [property: StringLength(200)] string? OnBehalfOf = null,
    bool ConsentRecorded = false);

public sealed record IncidentRequest(
    [property: Required] DateOnly? OccurredOn,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Description,
    bool HateMotivated = false,
    [property: MaxLength(10)] IReadOnlyList<IncidentReportRequest>? Reports = null);

public sealed record IncidentReportRequest(
    [property: Required, StringLength(100)] string Agency,
    [property: Required] DateOnly? ReportedOn);

public sealed record AffectedPersonRequest(
    [property: Required, StringLength(200)] string Name,
    bool AlsoApplying = false);
