using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Hosting;

namespace Platform.ServiceDefaults.SubjectAccess;

/// <summary>
/// The person a subject access request (UK GDPR Article 15) is about, as the data protection officer has verified them.
/// Sent in a POST body so that the name never appears in a URL, an access log or a span.
/// </summary>
/// <param name="Reference">The DPO's own case reference for the request: the only part of the search the audit log keeps.</param>
/// <param name="Name">Matched whole and case-insensitively (no partial matches: a SAR is about one person).</param>
/// <param name="DateOfBirth">Narrows a name match where the service holds dates of birth.</param>
/// <param name="Email">Also matched, case-insensitively, where the service holds email addresses.</param>
public sealed record SubjectAccessRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Reference,
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    DateOnly? DateOfBirth = null,
    [property: EmailAddress, StringLength(200)] string? Email = null)
{
    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Reference) || Reference.Length > 100)
        {
            problems["reference"] = ["Give the data protection officer's reference for the request (1 to 100 characters)."];
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length < 2 || Name.Length > 200)
        {
            problems["name"] = ["Give the person's full name (2 to 200 characters)."];
        }

        if (Email is not null && (Email.Length > 200 || !new EmailAddressAttribute().IsValid(Email)))
        {
            problems["email"] = ["Give a valid email address, or leave it out."];
        }

        return problems;
    }
}

/// <summary>One record a service holds about the person: its kind, its id, and everything it holds, as stored.</summary>
public sealed record SubjectRecord(string Type, string Id, object Data);

/// <summary>
/// What a service holds about one person: the records found, how they were matched, and the audit entries about those
/// records (who did what with them: the recipients a SAR answer must list).
/// </summary>
public sealed record SubjectAccessExport(
    string Reference, string Service, DateTimeOffset SearchedAt, string MatchedOn, IReadOnlyList<SubjectRecord> Records,
    IReadOnlyList<AuditEntry> AuditEntries);

/// <summary>
/// How one service finds a person's records for a subject access request.
/// </summary>
/// <param name="MatchedOn">Said in the answer: which fields were compared (e.g. "the referred person's name and date of birth").</param>
/// <param name="Find">Every record holding the person's data; a service-specific query (names live in jsonb documents).</param>
public sealed record SubjectAccessSearch<TContext>(
    string MatchedOn, Func<TContext, SubjectAccessRequest, CancellationToken, Task<IReadOnlyList<SubjectRecord>>> Find)
    where TContext : DbContext;

public static class SubjectAccessEndpoint
{
    /// <summary>
    /// <c>POST {prefix}/subject-access</c>: for the data protection officer only, everything the service holds about the
    /// person named, with the audit entries about those records. Each search is audited under the request's reference
    /// with the number of records found by kind, never the name searched for.
    /// </summary>
    public static IEndpointRouteBuilder MapSubjectAccess<TContext>(this IEndpointRouteBuilder endpoints, SubjectAccessSearch<TContext> search)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(search);
        var identity = endpoints.ServiceProvider.GetRequiredService<ServiceIdentity>();
        endpoints.MapPost(
                $"{identity.RoutePrefix}/subject-access",
                (SubjectAccessRequest request, TContext db, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken) =>
                    SearchAsync(request, db, audit, clock, identity, search, cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(Roles.DataProtectionOfficer))
            .WithName("SubjectAccessSearch")
            .WithTags("Data protection")
            .ProducesValidationProblem()
            .WithSummary(
                $"Subject access request: every record this service holds about one person (matched on {search.MatchedOn}) and the " +
                "audit entries about them. Data protection officer only; audited under the request's reference, without the name.");
        return endpoints;
    }

    private static async Task<Results<Ok<SubjectAccessExport>, ValidationProblem>> SearchAsync<TContext>(
        SubjectAccessRequest request, TContext db, AuditTrail audit, TimeProvider clock, ServiceIdentity identity,
        SubjectAccessSearch<TContext> search, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        // Checked here: the validation generator sees only the service project's own request types.
        if (request.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var records = await search.Find(db, request, cancellationToken);
        var ids = records.Select(r => r.Id).Distinct().ToList();
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => ids.Contains(e.SubjectId))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        audit.Record(db, "subject-access-searched", "subject-access", request.Reference, after: new
        {
            Records = records.Count,
            ByType = records.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count()),
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new SubjectAccessExport(
            request.Reference, identity.Name, clock.GetUtcNow(), search.MatchedOn, records, entries));
    }
}
