using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Time;
using Prevent.Contracts;

namespace Plans.Api.Readings.DeriveReadings;

/// <summary>Prevent referrals, all sectors and the referral's own sector, in the quarter it was received (England date).</summary>
internal sealed class CountPreventReferrals(PlansDbContext db, TimeProvider clock, ILogger<CountPreventReferrals> logger)
    : DerivedReadingConsumer<PreventReferralReceived>(db, clock, logger)
{
    protected override EventCount CountOf(PreventReferralReceived message) => new(
        [DerivedSources.PreventReferrals, DerivedSources.PreventReferralsFromSector(message.Sector)],
        UkDate.Of(message.OccurredAt),
        message.District,
        message.ReferralId.ToString());
}
