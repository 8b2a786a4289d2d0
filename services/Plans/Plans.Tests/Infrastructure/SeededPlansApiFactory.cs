using Microsoft.AspNetCore.Hosting;

namespace Plans.Tests.Infrastructure;

/// <summary>
/// The Plans service started as <c>./platform up</c> starts it: with <c>Plans:SeedReferenceData=true</c> and the real
/// clock (the seed stamps its events with the time it runs), so <see cref="PlansApiFactory.Clock"/> has no effect here.
/// </summary>
public sealed class SeededPlansApiFactory : PlansApiFactory
{
    protected override TimeProvider? Time => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Plans:SeedReferenceData", "true");
    }
}
