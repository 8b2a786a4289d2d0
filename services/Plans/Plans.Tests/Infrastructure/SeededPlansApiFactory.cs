using System.Net;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plans.Api;
using Plans.Api.Data;
using Platform.Contracts;

namespace Plans.Tests.Infrastructure;

/// <summary>The Plans service started as <c>./platform up</c> starts it: with <c>Plans:SeedReferenceData=true</c>.</summary>
public sealed class SeededPlansApiFactory() : ServiceFactory<PlansApi>("plans")
{
    public HttpClient Client(params string[] roles) => ClientWithToken(Token(Agencies.Opcc, roles));

    public PlansDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(ConnectionString).Options);

    /// <summary>Publishes through the broker as the owning service's outbox would, once the consumers' queues are bound.</summary>
    public async Task PublishAsync<T>(T message, Guid messageId)
        where T : class
    {
        var health = CreateClient();
        Assert.True(
            await Eventually.TrueAsync(async () => (await health.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30)),
            "the bus did not become ready");
        await Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Plans:SeedReferenceData", "true");
    }
}
