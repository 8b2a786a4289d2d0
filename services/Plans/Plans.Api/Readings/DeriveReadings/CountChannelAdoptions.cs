using Plans.Api.Data;
using Plans.Api.Domain;
using Prevent.Contracts;

namespace Plans.Api.Readings.DeriveReadings;

/// <summary>Channel cases adopted, in the quarter of the panel that adopted them.</summary>
internal sealed class CountChannelAdoptions(PlansDbContext db, TimeProvider clock, ILogger<CountChannelAdoptions> logger)
    : DerivedReadingConsumer<ChannelCaseAdopted>(db, clock, logger)
{
    protected override EventCount CountOf(ChannelCaseAdopted message) => new(
        [DerivedSources.ChannelAdoptions], message.PanelHeldOn, message.District, message.ReferralId.ToString());
}
