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

    private static async Task<Ok<Page<PriorityResponse>>> Handle(
        [AsParameters] ListPrioritiesQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var priorities = db.Priorities.AsNoTracking();
        if (EnumNames.Parse<PriorityStatus>(query.Status) is { } status)
        {
            priorities = priorities.Where(p => p.Status == status);
        }

        return TypedResults.Ok(await priorities.ToPageAsync(p => p.Id, query.After, query.Limit, PriorityResponse.From, cancellationToken));
    }
}

public sealed record ListPrioritiesQuery(
    [property: OneOfEnumNames(typeof(PriorityStatus))] string? Status,
    Guid? After,
    [property: Range(1, 200)] int? Limit);
