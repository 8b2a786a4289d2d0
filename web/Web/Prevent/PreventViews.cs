namespace Platform.Web.Prevent;

/// <summary>A referral awaiting the police gateway assessment (<c>GET /api/prevent/triage-queue</c>): no name, no date of birth.</summary>
public sealed record AwaitingTriageView(
    Guid Id, DateTimeOffset ReceivedAt, string Sector, string ReferrerAgency, string AgeBand, string District, string Concerns,
    string Ideology, IReadOnlyList<string> RiskFlags, bool IsRepeat);

/// <summary>A partner message Prevent's intake refused, kept for the Prevent lead to follow up with the partner.</summary>
public sealed record RejectedReferralView(Guid Id, DateTimeOffset ReceivedAt, string? PartnerAgency, string? ReferralReference, string Reason);

public static class TriageOutcomes
{
    public static readonly IReadOnlyList<(string Value, string Text, string Hint)> All =
    [
        ("no-further-action", "No further action", "Prevent is not the right response."),
        ("signposted", "Signpost to another service", "Name the service the person is referred to."),
        ("channel", "Refer to Channel", "The local authority's Channel panel will consider the case."),
    ];
}
