using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plans.Api;
using Plans.Api.Data;
using Plans.Api.Measures;
using Plans.Api.Outcomes;
using Platform.Contracts;

namespace Plans.Tests.Outcomes;

/// <summary>
/// The Plans service for the outcomes framework's tests: a clock set to 20 November 2025 (2025-Q4), clients for
/// each role, events published over the real broker, and a record of every delivery its consumers completed.
/// </summary>
public sealed class OutcomesApiFactory() : ServiceFactory<PlansApi>("plans")
{
    public static readonly DateTimeOffset Today = new(2025, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(Today);

    public CompletedDeliveries Deliveries { get; } = new();

    protected override TimeProvider? Time => Clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddConsumeObserver(_ => Deliveries));
    }

    public HttpClient As(params string[] roles) => ClientWithToken(Token(Agencies.Opcc, roles));

    public HttpClient Analyst() => As(Roles.Analyst);

    public HttpClient Officer() => As(Roles.PartnershipOfficer);

    public HttpClient Scrutiny() => As(Roles.ScrutinyMember);

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

    private static int outcomeNumber = 100;

    /// <summary>A new outcome with a number no other test uses.</summary>
    public async Task<OutcomeResponse> DefineOutcomeAsync(string title = "Fewer people are victims of crime")
    {
        var response = await Officer().PostAsJsonAsync(
            "/api/plans/outcomes", new { number = Interlocked.Increment(ref outcomeNumber), title });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<OutcomeResponse>(TestJson.Options))!;
    }

    public async Task<MeasureResponse> DefineMeasureAsync(
        Guid outcomeId, string? derivedFrom = null, string? name = null, string unit = "count", string direction = "down")
    {
        var response = await Analyst().PostAsJsonAsync($"/api/plans/outcomes/{outcomeId}/measures", new
        {
            name = name ?? $"Measure {Guid.NewGuid():N}",
            unit,
            direction,
            source = "Norfolk Constabulary crime recording",
            derivedFrom,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<MeasureResponse>(TestJson.Options))!;
    }
}

/// <summary>Deliveries the consumers finished, per message id: duplicates skipped by the inbox count too.</summary>
public sealed class CompletedDeliveries : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> completed = new();

    public int Of(Guid messageId) => completed.GetValueOrDefault(messageId);

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        completed.AddOrUpdate(context.MessageId!.Value, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
