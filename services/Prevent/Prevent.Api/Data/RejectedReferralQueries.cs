using Prevent.Api.Domain;

namespace Prevent.Api.Data;

public static class RejectedReferralQueries
{
    /// <summary>
    /// Rejections the partner has since put right: a referral with the same partner and reference was accepted at or
    /// after the rejection. A message refused because its reference was already used is not one of them: the referral
    /// holding that reference arrived before it.
    /// </summary>
    public static IQueryable<RejectedReferral> Resent(this PreventDbContext db) =>
        db.RejectedReferrals.Where(rejected => db.Referrals.Any(referral =>
            referral.SubmittedByAgency == rejected.PartnerAgency
            && referral.IntakeKey == Submission.PartnerReferencePrefix + rejected.ReferralReference
            && referral.ReceivedAt >= rejected.ReceivedAt));

    /// <summary>Rejections a Prevent lead still has to chase with the partner.</summary>
    public static IQueryable<RejectedReferral> Outstanding(this PreventDbContext db)
    {
        var resent = db.Resent();
        return db.RejectedReferrals.Where(rejected => !resent.Any(r => r.Id == rejected.Id));
    }
}
