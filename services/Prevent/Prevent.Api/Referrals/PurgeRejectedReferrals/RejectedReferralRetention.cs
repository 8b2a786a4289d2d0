namespace Prevent.Api.Referrals.PurgeRejectedReferrals;

/// <summary>Configuration section <c>Prevent:RejectedReferrals</c>.</summary>
public sealed class RejectedReferralRetention
{
    public const string SectionName = "Prevent:RejectedReferrals";

    /// <summary>How long a rejected message is kept for the partner to resend it (decision 0013).</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(90);

    public TimeSpan PurgeEvery { get; set; } = TimeSpan.FromHours(1);
}
