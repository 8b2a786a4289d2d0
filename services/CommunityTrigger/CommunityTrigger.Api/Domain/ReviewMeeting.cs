namespace CommunityTrigger.Api.Domain;

/// <summary>
/// The case review meeting: which bodies attended, how each agency's response was judged, and unmet needs noted
/// (of the applicant or of the person accused, who may be exploited or lack services; the review is not a route into
/// health or social care, but the partnership records the need).
/// </summary>
public sealed record ReviewMeeting(
    DateOnly HeldOn,
    IReadOnlyList<string> AttendingAgencies,
    IReadOnlyList<AgencyResponseReview> AgencyResponses,
    string? UnmetNeeds);

/// <param name="Adequate">Whether the meeting judged this agency's response to the reported behaviour adequate.</param>
public sealed record AgencyResponseReview(string Agency, string Summary, bool Adequate);
