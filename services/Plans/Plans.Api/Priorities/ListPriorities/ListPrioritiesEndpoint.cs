using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Http;

namespace Plans.Api.Priorities.ListPriorities;

internal static class ListPrioritiesEndpoint
{
    public static RouteHandlerBuilder MapListPriorities(this RouteGroupBuilder priorities) =>
        priorities.MapGet("/", Handle)
            .WithName("ListPriorities")
            .WithSummary("Priorities in the order they were proposed; pass `after` (the last id) for the next page.");

    private static async Task<Ok<PriorityPage>> Handle(
        [AsParameters] ListPrioritiesQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var priorities = db.Priorities.AsNoTracking();
        if (EnumNames.Parse<PriorityStatus>(query.Status) is { } status)
        {
            priorities = priorities.Where(p => p.Status == status);
        }

        if (query.After is { } after)
        {
            priorities = priorities.Where(p => p.Id.CompareTo(after) > 0);
        }

        var limit = query.Limit ?? 50;
        var page = await priorities.OrderBy(p => p.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(limit).Select(PriorityResponse.From).ToList();
        return TypedResults.Ok(new PriorityPage(items, page.Count > limit ? items[^1].Id : null));
    }
}

public sealed record ListPrioritiesQuery(
    [property: OneOfEnumNames(typeof(PriorityStatus))] string? Status,
    Guid? After,
    [property: Range(1, 200)] int? Limit);

/// <param name="NextAfter">Pass as <c>after</c> for the next page; null on the last page.</param>
public sealed record PriorityPage(IReadOnlyList<PriorityResponse> Items, Guid? NextAfter);
