using Platform.Contracts;
using Platform.Web.Forms;

namespace Platform.Web.CommunityTrigger;

/// <summary>A resident's answers so far, page by page, until they send them from "check your answers".</summary>
public sealed class ApplicationDraft
{
    public const string SessionKey = "community-trigger-application";

    public string? District { get; set; }

    public string? Name { get; set; }

    /// <summary>"victim" or "representative", as the API spells it.</summary>
    public string? Capacity { get; set; }

    public string? OnBehalfOf { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? ProblemSummary { get; set; }

    public List<IncidentDraft> Incidents { get; set; } = [];

    /// <summary>The first page still to answer, or null when every answer is there.</summary>
    public string? FirstUnansweredPage() =>
        District is null ? "/community-trigger/apply/district"
        : Name is null ? "/community-trigger/apply/about-you"
        : ProblemSummary is null ? "/community-trigger/apply/problem"
        : Incidents.Count == 0 ? "/community-trigger/apply/incident"
        : null;

    /// <summary>The body of <c>POST /api/community-trigger/applications</c>.</summary>
    public object ToRequest() => new
    {
        district = District,
        applicant = new
        {
            name = Name,
            capacity = Capacity,
            email = Blank(Email),
            phone = Blank(Phone),
            onBehalfOf = Capacity == "representative" ? Blank(OnBehalfOf) : null,
            consentRecorded = false,
        },
        problemSummary = ProblemSummary,
        incidents = Incidents.Select(incident => new
        {
            occurredOn = incident.OccurredOn,
            description = incident.Description,
            hateMotivated = incident.HateMotivated,
            reports = incident.ReportedToAgency(District) is { } agency
                ? new[] { new { agency, reportedOn = incident.ReportedOn } }
                : [],
        }),
        peopleAffected = Array.Empty<object>(),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class IncidentDraft
{
    public DateOnly? OccurredOn { get; set; }

    public string? Description { get; set; }

    public bool HateMotivated { get; set; }

    /// <summary>"police", "council" or "not-reported".</summary>
    public string? ReportedTo { get; set; }

    public DateOnly? ReportedOn { get; set; }

    public string? ReportedToAgency(string? district) => ReportedTo switch
    {
        "police" => Agencies.Constabulary,
        "council" when district is not null && Names.CouncilOf.TryGetValue(district, out var council) => council,
        _ => null,
    };

    public string ReportedToText(string? district) => ReportedTo switch
    {
        "police" => $"Police, on {Names.Date(ReportedOn)}",
        "council" => $"{Names.Agency(ReportedToAgency(district))}, on {Names.Date(ReportedOn)}",
        _ => "Not reported",
    };
}
