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

    /// <summary>Prevent referrals from one sector, e.g. <c>prevent-referrals:education</c>.</summary>
    public static string PreventReferralsFromSector(string sector) => $"{PreventReferrals}:{sector}";

    public static bool IsKnown(string? key) => key is not null && All.Contains(key);

    /// <summary>
    /// The areas an event in <paramref name="district"/> counts for: the district and the county. An event whose
    /// district is not one of the seven still counts for the county.
    /// </summary>
    public static IReadOnlyList<string> AreasFor(string? district) =>
        Platform.Contracts.Districts.IsDistrict(district)
            ? [district!, Platform.Contracts.Districts.County]
            : [Platform.Contracts.Districts.County];
}
