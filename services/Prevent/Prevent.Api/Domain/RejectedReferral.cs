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

    public Guid Id { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>As the message named them, when it could be read that far.</summary>
    public string? PartnerAgency { get; private set; }

    public string? ReferralReference { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>The message as received (it may hold personal data; it is only in this restricted database).</summary>
    public string Body { get; private set; } = "";

    public static RejectedReferral Of(string body, string reason, string? partnerAgency, string? referralReference, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ReceivedAt = now,
        PartnerAgency = partnerAgency,
        ReferralReference = referralReference,
        Reason = reason,
        Body = body,
    };
}
