using System.Net.Http.Json;
using Plans.Api.Measures;
using Plans.Api.Outcomes;
using Plans.Tests.Infrastructure;

namespace Plans.Tests.Outcomes;

internal static class OutcomeRequests
{
    /// <summary>The outcomes framework's tests run on 20 November 2025 (2025-Q4), 12:00.</summary>
    public static readonly DateTimeOffset Today = new(2025, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static int outcomeNumber = 100;

    /// <summary>Sets the service's clock to <see cref="Today"/>; a test class calls it as each test starts.</summary>
    public static PlansApiFactory OnOutcomesToday(this PlansApiFactory plans)
    {
        plans.Clock.Now = Today;
        return plans;
    }

    /// <summary>A new outcome with a number no other test uses.</summary>
    public static async Task<OutcomeResponse> DefineOutcomeAsync(this PlansApiFactory plans, string title = "Fewer people are victims of crime")
    {
        var response = await plans.PartnershipOfficer().PostAsJsonAsync(
            "/api/plans/outcomes", new { number = Interlocked.Increment(ref outcomeNumber), title });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<OutcomeResponse>(TestJson.Options))!;
    }

    public static async Task<MeasureResponse> DefineMeasureAsync(
        this PlansApiFactory plans, Guid outcomeId, string? derivedFrom = null, string? name = null, string unit = "count", string direction = "down")
    {
        var response = await plans.Analyst().PostAsJsonAsync($"/api/plans/outcomes/{outcomeId}/measures", new
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

    /// <summary>An analyst enters or corrects a reading with <paramref name="body"/>; the response as it came.</summary>
    public static Task<HttpResponseMessage> PutReadingAsync(this PlansApiFactory plans, Guid measureId, string period, string area, object body) =>
        plans.Analyst().PutAsJsonAsync($"/api/plans/measures/{measureId}/readings/{period}/{area}", body);

    /// <summary>An analyst enters <paramref name="value"/>, which the service must accept.</summary>
    public static async Task EnterReadingAsync(this PlansApiFactory plans, Guid measureId, string period, string area, decimal value) =>
        (await plans.PutReadingAsync(measureId, period, area, new { value })).EnsureSuccessStatusCode();
}
