using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Hosting;

namespace Platform.ServiceDefaults.Audit;

public static class AuditEndpoints
{
    /// <summary>
    /// <c>GET {prefix}/audit</c>: who did what, newest first, paged by id; every read is itself audited. Readers are the
    /// service's owners (by default the partnership team; see <see cref="AuditReaders.Owners{TContext}"/>), auditors,
    /// and ops for technical entries. A service holding case records passes its own <paramref name="readers"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapAuditLog<TContext>(this IEndpointRouteBuilder endpoints, AuditReaders<TContext>? readers = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var identity = endpoints.ServiceProvider.GetRequiredService<ServiceIdentity>();
        var allowed = readers ?? AuditReaders.Owners<TContext>(Roles.PartnershipOfficer);
        endpoints.MapGet(
                $"{identity.RoutePrefix}/audit",
                ([AsParameters] AuditQuery query, TContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken) =>
                    Query(query, db, user, audit, allowed, cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(allowed.Roles))
            .WithName("QueryAuditLog")
            .WithTags("Audit")
            .WithSummary($"Audit log entries, newest first; pass `before` (an id) for the next page. Readers: {allowed.Description}.");
        return endpoints;
    }

    private static async Task<Ok<AuditPage>> Query<TContext>(
        AuditQuery query, TContext db, CurrentUser user, AuditTrail audit, AuditReaders<TContext> readers,
        CancellationToken cancellationToken)
        where TContext : DbContext
    {
        // Who looked, and for what: the filters are ids and dates, never a person's details.
        audit.Record(db, "audit-log-read", "audit-log", "query", after: query);
        await db.SaveChangesAsync(cancellationToken);

        var entries = readers.Scope(db, user, db.Set<AuditEntry>().AsNoTracking());
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

/// <summary>
/// Who may read a service's audit log, and which entries each of them sees: <see cref="Scope"/> narrows the log to the
/// caller's (e.g. a Prevent lead: entries about their own council's cases).
/// </summary>
public sealed class AuditReaders<TContext>(
    string description, IReadOnlyList<string> roles, Func<TContext, CurrentUser, IQueryable<AuditEntry>, IQueryable<AuditEntry>> scope)
    where TContext : DbContext
{
    public string Description { get; } = description;

    public IReadOnlyList<string> Roles { get; } = roles;

    public Func<TContext, CurrentUser, IQueryable<AuditEntry>, IQueryable<AuditEntry>> Scope { get; } = scope;
}

public static class AuditReaders
{
    /// <summary>Subject types of technical entries (reads of the log, retention runs): what ops may read in any service.</summary>
    public static readonly IReadOnlyList<string> TechnicalSubjects = ["audit-log", "retention"];

    /// <summary>
    /// The usual readers: the service's owners (<paramref name="owners"/>, e.g. grants officers for the money they move)
    /// and auditors read every entry; ops read the technical entries only.
    /// </summary>
    public static AuditReaders<TContext> Owners<TContext>(params string[] owners)
        where TContext : DbContext
    {
        string[] everything = [.. owners, Roles.Auditor];
        return new(
            $"{string.Join(", ", everything)} (every entry); {Roles.Ops} (technical entries)",
            [.. everything, Roles.Ops],
            (_, user, entries) => everything.Any(user.IsInRole) ? entries : entries.Where(e => TechnicalSubjects.Contains(e.SubjectType)));
    }

    /// <summary>Every entry, for anyone in <paramref name="roles"/>.</summary>
    public static AuditReaders<TContext> Everything<TContext>(params string[] roles)
        where TContext : DbContext =>
        new(string.Join(", ", roles), roles, (_, _, entries) => entries);
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
