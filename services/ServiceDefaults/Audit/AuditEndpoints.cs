using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.ServiceDefaults.Hosting;

namespace Platform.ServiceDefaults.Audit;

public static class AuditEndpoints
{
    /// <summary><c>GET {prefix}/audit</c>: the partnership team's view of who did what, newest first, paged by id.</summary>
    public static IEndpointRouteBuilder MapAuditLog<TContext>(this IEndpointRouteBuilder endpoints)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var identity = endpoints.ServiceProvider.GetRequiredService<ServiceIdentity>();
        endpoints.MapGet($"{identity.RoutePrefix}/audit", Query<TContext>)
            .RequireAuthorization(Roles.PartnershipOfficer)
            .WithName("QueryAuditLog")
            .WithTags("Audit")
            .WithSummary("Audit log entries, newest first; pass `before` (an id) for the next page.");
        return endpoints;
    }

    private static async Task<Ok<AuditPage>> Query<TContext>(
        [AsParameters] AuditQuery query, TContext db, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (query.SubjectType is not null)
        {
            entries = entries.Where(e => e.SubjectType == query.SubjectType);
        }

        if (query.SubjectId is not null)
        {
            entries = entries.Where(e => e.SubjectId == query.SubjectId);
        }

        if (query.Actor is not null)
        {
            entries = entries.Where(e => e.Actor == query.Actor);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.OccurredAt < to);
        }

        if (query.Before is { } before)
        {
            entries = entries.Where(e => e.Id < before);
        }

        var size = query.PageSize ?? 50;
        var page = await entries.OrderByDescending(e => e.Id).Take(size + 1).ToListAsync(cancellationToken);
        var next = page.Count > size ? page[size - 1].Id : (long?)null;
        return TypedResults.Ok(new AuditPage(page.Take(size).ToList(), next));
    }
}

public sealed record AuditQuery(
    string? SubjectType,
    string? SubjectId,
    string? Actor,
    DateTimeOffset? From,
    DateTimeOffset? To,
    long? Before,
    [property: Range(1, 500)] int? PageSize);

/// <param name="NextBefore">Pass as <c>before</c> for the next page; null on the last page.</param>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? NextBefore);
