using Platform.Contracts;

namespace CommunityTrigger.Api.Domain;

/// <summary>An application as the applicant (online) or a single point of contact (written, phone) gave it.</summary>
public sealed record NewApplication(
    string District,
    ApplicationChannel Channel,
    Applicant Applicant,
    string ProblemSummary,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<AffectedPerson> PeopleAffected)
{
    /// <summary>Incidents older than this cannot count towards any threshold and point at a typing mistake.</summary>
    public const int MaxIncidentAgeDays = 366;

    /// <summary>The applicant plus everyone applying with them about the same problem.</summary>
    public int ApplicantCount => 1 + PeopleAffected.Count(p => p.AlsoApplying);

    /// <summary>What is wrong with the application, by field as the client names it; empty when it can be received.</summary>
    public IReadOnlyDictionary<string, string[]> Problems(DateOnly receivedOn)
    {
        var problems = new Dictionary<string, List<string>>();
        void Add(string field, string message) =>
            (problems.TryGetValue(field, out var list) ? list : problems[field] = []).Add(message);

        if (!Districts.IsDistrict(District))
        {
            Add("district", $"Use one of: {string.Join(", ", Districts.All)}.");
        }

        if (Applicant.Capacity == ApplicantCapacity.Representative)
        {
            if (string.IsNullOrWhiteSpace(Applicant.OnBehalfOf))
            {
                Add("applicant.onBehalfOf", "Say on whose behalf the application is made.");
            }

            if (!Applicant.ConsentRecorded)
            {
                Add("applicant.consentRecorded", "An application on someone's behalf needs their consent.");
            }
        }

        if (string.IsNullOrWhiteSpace(Applicant.Email) && string.IsNullOrWhiteSpace(Applicant.Phone) && string.IsNullOrWhiteSpace(Applicant.Address))
        {
            Add("applicant", "Give an email address, a phone number or a postal address so the outcome can be sent.");
        }

        if (Incidents.Count == 0)
        {
            Add("incidents", "Describe at least one incident.");
        }

        var earliest = receivedOn.AddDays(-MaxIncidentAgeDays);
        foreach (var (incident, i) in Incidents.Select((incident, i) => (incident, i)))
        {
            if (incident.OccurredOn > receivedOn)
            {
                Add($"incidents[{i}].occurredOn", "The incident cannot be in the future.");
            }
            else if (incident.OccurredOn < earliest)
            {
                Add($"incidents[{i}].occurredOn", "Only incidents from the past year can be considered.");
            }

            foreach (var (report, r) in incident.Reports.Select((report, r) => (report, r)))
            {
                if (report.ReportedOn > receivedOn)
                {
                    Add($"incidents[{i}].reports[{r}].reportedOn", "The report cannot be in the future.");
                }
                else if (report.ReportedOn < incident.OccurredOn)
                {
                    Add($"incidents[{i}].reports[{r}].reportedOn", "The report cannot be before the incident.");
                }

                if (!Agencies.IsWellFormed(report.Agency))
                {
                    Add($"incidents[{i}].reports[{r}].agency", "Use the agency's slug, e.g. norfolk-constabulary.");
                }
            }
        }

        return problems.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }
}

public enum ApplicationChannel
{
    Online,
    Written,
    Phone,
}

public enum ApplicantCapacity
{
    /// <summary>The person experiencing the anti-social behaviour.</summary>
    Victim,

    /// <summary>A councillor, MP, carer, family member or other person acting with the victim's consent.</summary>
    Representative,
}

public sealed record Applicant(
    string Name,
    string? Email,
    string? Phone,
    string? Address,
    ApplicantCapacity Capacity,
    string? OnBehalfOf,
    bool ConsentRecorded);

/// <param name="AlsoApplying">This person joins the application about the same problem (counts towards the group route).</param>
public sealed record AffectedPerson(string Name, bool AlsoApplying);
