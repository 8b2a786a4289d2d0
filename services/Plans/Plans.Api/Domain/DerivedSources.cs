using System.Reflection;
using CommunityTrigger.Contracts;
using Platform.Contracts;
using Prevent.Contracts;
using Reviews.Contracts;

namespace Plans.Api.Domain;

/// <summary>
/// The keys a measure's <c>derivedFrom</c> may name: each is a count of one kind of other services' events, +1 per
/// event in the quarter of the event's own date, for the event's district and for the county. A measure without a key
/// is entered by analysts.
/// </summary>
public static class DerivedSources
{
    /// <summary>Prevent referrals received (PreventReferralReceived), any sector.</summary>
    public const string PreventReferrals = "prevent-referrals";

    /// <summary>Channel cases adopted by the panel (ChannelCaseAdopted).</summary>
    public const string ChannelAdoptions = "channel-adoptions";

    /// <summary>Community Trigger (ASB Case Review) applications received (CommunityTriggerApplicationReceived).</summary>
    public const string TriggerApplications = "trigger-applications";

    /// <summary>Community Trigger case reviews held (CaseReviewCompleted).</summary>
    public const string TriggerCaseReviews = "trigger-case-reviews";

    /// <summary>Community Trigger case reviews held that made at least one recommendation (CaseReviewCompleted).</summary>
    public const string TriggerCaseReviewsWithRecommendations = "trigger-case-reviews-with-recommendations";

    /// <summary>Domestic Homicide Reviews commissioned (ReviewCommissioned).</summary>
    public const string ReviewsCommissioned = "reviews-commissioned";

    /// <summary>Notified deaths the chair decided not to review (ReviewNotCommissioned).</summary>
    public const string ReviewsNotCommissioned = "reviews-not-commissioned";

    /// <summary>
    /// Police-recorded crime and ASB imported from police.uk street-level files, counted by the crime types the measure's
    /// <see cref="CrimeTypeMapping"/> names (not from events: see <c>CrimeImports</c>).
    /// </summary>
    public const string PoliceRecordedCrime = "police-recorded-crime";

    /// <summary>The referring sectors Prevent reports, as PreventReferralReceived spells them.</summary>
    public static readonly IReadOnlyList<string> PreventSectors = ["education", "health", "local-authority", "police", "other"];

    public static readonly IReadOnlyList<string> All =
    [
        PreventReferrals,
        .. PreventSectors.Select(PreventReferralsFromSector),
        ChannelAdoptions,
        TriggerApplications,
        TriggerCaseReviews,
        TriggerCaseReviewsWithRecommendations,
        ReviewsCommissioned,
        ReviewsNotCommissioned,
        PoliceRecordedCrime,
    ];

    /// <summary>The event each key counts: its contract says whether counts of it are disclosure-controlled.</summary>
    private static readonly Dictionary<string, Type> EventCounted = new()
    {
        [PreventReferrals] = typeof(PreventReferralReceived),
        [ChannelAdoptions] = typeof(ChannelCaseAdopted),
        [TriggerApplications] = typeof(CommunityTriggerApplicationReceived),
        [TriggerCaseReviews] = typeof(CaseReviewCompleted),
        [TriggerCaseReviewsWithRecommendations] = typeof(CaseReviewCompleted),
        [ReviewsCommissioned] = typeof(ReviewCommissioned),
        [ReviewsNotCommissioned] = typeof(ReviewNotCommissioned),
    };

    /// <summary>Prevent referrals from one sector, e.g. <c>prevent-referrals:education</c>.</summary>
    public static string PreventReferralsFromSector(string sector) => $"{PreventReferrals}:{sector}";

    /// <summary>
    /// A published consultation result (ConsultationResultsPublished), e.g. <c>consultation:safe:out-after-dark</c>: the
    /// county-wide percentage becomes the reading of the quarter the consultation closed in (set, not counted).
    /// </summary>
    public const string ConsultationResultPrefix = "consultation:";

    /// <summary>
    /// A funded project's objective measure from its monitoring returns (MonitoringReturnSubmitted), by the measure's
    /// name in lower case with dashes, e.g. <c>funding-returns:young-people-engaged</c>: each return's value is added to
    /// the county reading of its quarter.
    /// </summary>
    public const string FundingReturnPrefix = "funding-returns:";

    public static string ConsultationResult(string indicatorCode) => ConsultationResultPrefix + indicatorCode;

    public static string FundingReturn(string measureName) =>
        FundingReturnPrefix + string.Join('-', measureName.ToLowerInvariant().Split(
            (char[])[.. measureName.Where(c => !char.IsLetterOrDigit(c)).Distinct()], StringSplitOptions.RemoveEmptyEntries));

    public static bool IsKnown(string? key) =>
        key is not null
        && (All.Contains(key)
            || (key.StartsWith(ConsultationResultPrefix, StringComparison.Ordinal) && key.Length > ConsultationResultPrefix.Length)
            || (key.StartsWith(FundingReturnPrefix, StringComparison.Ordinal) && key.Length > FundingReturnPrefix.Length));

    /// <summary>
    /// Whether counts from <paramref name="key"/> leave Plans only through the small-number disclosure control: the
    /// counted event's contract carries <see cref="DisclosureControlledAttribute"/> (decision 0025).
    /// </summary>
    public static bool IsDisclosureControlled(string? key) =>
        key is not null
        && EventCounted.TryGetValue(FamilyOf(key), out var counted)
        && counted.GetCustomAttribute<DisclosureControlledAttribute>() is not null;

    /// <summary>
    /// The key a breakdown key belongs to (<c>prevent-referrals</c> for <c>prevent-referrals:education</c>): its
    /// measures' figures add up to the family's, so they are suppressed together.
    /// </summary>
    public static string FamilyOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var separator = key.IndexOf(':', StringComparison.Ordinal);
        return separator < 0 ? key : key[..separator];
    }

    /// <summary>
    /// The areas an event in <paramref name="district"/> counts for: the district and the county. An event whose
    /// district is not one of the seven still counts for the county.
    /// </summary>
    public static IReadOnlyList<string> AreasFor(string? district) =>
        Platform.Contracts.Districts.IsDistrict(district)
            ? [district!, Platform.Contracts.Districts.County]
            : [Platform.Contracts.Districts.County];
}
