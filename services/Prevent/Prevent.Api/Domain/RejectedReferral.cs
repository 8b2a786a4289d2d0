using Platform.ServiceDefaults.Text;

namespace Prevent.Api.Domain;

/// <summary>
/// A message the AMQP door could not turn into a referral, kept with the reason so nothing a partner sent is lost;
/// the Prevent lead sees the list and asks the partner to resend.
/// </summary>
public sealed class RejectedReferral
{
    private RejectedReferral()
    {
    }

    public const int PartnerAgencyMaxLength = 100;

    public const int ReferralReferenceMaxLength = 200;

    public const int ReasonMaxLength = 4000;

    public Guid Id { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>As the message named them, when it could be read that far.</summary>
    public string? PartnerAgency { get; private set; }

    public string? ReferralReference { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>The message as received (it may hold personal data; it is only in this restricted database).</summary>
    public string Body { get; private set; } = "";

    /// <summary>
    /// Whatever a partner sent, made storable: text PostgreSQL refuses is escaped (<see cref="StorableText.Clean"/>)
    /// and what was read from the message is cut to its column, so storing a rejection cannot itself fail.
    /// </summary>
    public static RejectedReferral Of(string body, string reason, string? partnerAgency, string? referralReference, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(reason);
        return new()
        {
            Id = Guid.CreateVersion7(now),
            ReceivedAt = now,
            PartnerAgency = Fit(partnerAgency, PartnerAgencyMaxLength),
            ReferralReference = Fit(referralReference, ReferralReferenceMaxLength),
            Reason = Fit(reason, ReasonMaxLength)!,
            Body = StorableText.Clean(body),
        };
    }

    private static string? Fit(string? text, int maxLength) => text is null
        ? null
        : StorableText.Clean(text) is var clean && clean.Length > maxLength ? string.Concat(clean.AsSpan(0, maxLength - 1), "…") : clean;
}
