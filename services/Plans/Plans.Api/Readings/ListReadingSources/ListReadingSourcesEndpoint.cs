using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Api.Measures;
using Platform.ServiceDefaults.Time;

namespace Plans.Api.Readings.ListReadingSources;

internal static class ListReadingSourcesEndpoint
{
    public static RouteHandlerBuilder MapListReadingSources(this RouteGroupBuilder readings) =>
        readings.MapGet("/{period}/{area}/sources", Handle)
            .WithName("ListReadingSources")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Analysts: the events a derived reading was counted from, by source id; pass `after` (the last source id) for the next page. For a disclosure-controlled measure only the number of events per day and event type: another service's record ids (and their arrival times) are not listed.");

    private static async Task<Ok<ReadingSourcePage>> Handle(
        Guid id, Quarter period, string area, [AsParameters] ListReadingSourcesQuery query, PlansDbContext db,
        CancellationToken cancellationToken)
    {
        var measure = await db.FindMeasureOrThrowAsync(id, cancellationToken);
        Reading.EnsureKnownArea(area);
        var start = period.Start;
        var sources = db.ReadingContributions.AsNoTracking()
            .Where(c => c.MeasureId == measure.Id && c.PeriodStart == start && c.Area == area);
        if (query.After is { } after)
        {
            sources = sources.Where(c => string.Compare(c.SourceId, after) > 0);
        }

        if (measure.DisclosureControlled)
        {
            // Which referrals were counted, and when each arrived, is Prevent's (or Reviews') to know; set beside another
            // measure's list it would also say which referrals Channel adopted. Counts per day are enough to audit.
            var arrivals = await sources.Select(c => new { c.EventType, c.ReceivedAt }).ToListAsync(cancellationToken);
            var days = arrivals
                .GroupBy(c => (c.EventType, Day: UkDate.Of(c.ReceivedAt)))
                .OrderBy(g => g.Key.Day).ThenBy(g => g.Key.EventType, StringComparer.Ordinal)
                .Select(g => new ReadingSourceDay(g.Key.EventType, g.Key.Day, g.Count()))
                .ToList();
            return TypedResults.Ok(new ReadingSourcePage([], null, days));
        }

        var limit = query.Limit ?? 100;
        var page = await sources.OrderBy(c => c.SourceId).Take(limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(limit).Select(ReadingSourceResponse.From).ToList();
        return TypedResults.Ok(new ReadingSourcePage(items, page.Count > limit ? items[^1].SourceId : null, null));
    }
}

public sealed record ListReadingSourcesQuery([property: StringLength(100)] string? After, [property: Range(1, 1000)] int? Limit);

/// <param name="EventType">The event's wire name, e.g. <c>prevent.referral-received.v1</c>.</param>
/// <param name="SourceId">The pseudonymous id of what was counted in its own service (referral, case or review).</param>
public sealed record ReadingSourceResponse(string EventType, string SourceId, Guid MessageId, DateTimeOffset ReceivedAt)
{
    public static ReadingSourceResponse From(ReadingContribution c) => new(c.EventType, c.SourceId, c.MessageId, c.ReceivedAt);
}

/// <param name="Day">The England date the events arrived in Plans.</param>
public sealed record ReadingSourceDay(string EventType, DateOnly Day, int Count);

/// <param name="Items">The events, by source id; empty for a disclosure-controlled measure.</param>
/// <param name="NextAfter">Pass as <c>after</c> for the next page; null on the last page.</param>
/// <param name="CountsByDay">For a disclosure-controlled measure, in place of the events: how many arrived each day.</param>
public sealed record ReadingSourcePage(IReadOnlyList<ReadingSourceResponse> Items, string? NextAfter, IReadOnlyList<ReadingSourceDay>? CountsByDay);
