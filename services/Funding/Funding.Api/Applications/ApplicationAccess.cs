using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Applications;

/// <summary>
/// Who sees an application: grants officers all; a partner user their own organisation's; an assessor the ones they
/// are assigned. Anything else is reported as not found, so its existence does not leak.
/// </summary>
internal static class ApplicationAccess
{
    public static bool IsGrantsOfficer(this CurrentUser user) => user.IsInRole(Roles.GrantsOfficer);

    public static IQueryable<GrantApplication> VisibleTo(this FundingDbContext db, CurrentUser user)
    {
        if (user.IsGrantsOfficer())
        {
            return db.Applications;
        }

        var agency = user.Agency ?? "";
        var subject = user.Id;
        return db.Applications.Where(a =>
            a.ApplicantAgency == agency || db.Assessments.Any(s => s.ApplicationId == a.Id && s.AssessorId == subject));
    }

    public static async Task<GrantApplication> FindVisibleOrThrowAsync(
        this FundingDbContext db, Guid id, CurrentUser user, CancellationToken cancellationToken) =>
        await db.VisibleTo(user).SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound(id);

    public static async Task<GrantApplication> FindOrThrowAsync(this FundingDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Applications.FindAsync([id], cancellationToken) ?? throw NotFound(id);

    /// <summary>Loads the application holding its row lock to the end of the caller's transaction (one decision at a time).</summary>
    public static async Task<GrantApplication> LockOrThrowAsync(this FundingDbContext db, Guid id, CancellationToken cancellationToken)
    {
        _ = await db.Database.ExecuteSqlAsync($"SELECT 1 FROM applications WHERE id = {id} FOR UPDATE", cancellationToken);
        return await db.FindOrThrowAsync(id, cancellationToken);
    }

    /// <summary>The caller's own assignment to score this application.</summary>
    public static async Task<Assessment> FindAssignmentOrThrowAsync(
        this FundingDbContext db, Guid applicationId, CurrentUser user, CancellationToken cancellationToken) =>
        await db.Assessments.SingleOrDefaultAsync(a => a.ApplicationId == applicationId && a.AssessorId == user.Id, cancellationToken)
        ?? throw NotFound(applicationId, " assigned to you to assess");

    private static RuleViolationException NotFound(Guid id, string suffix = "") =>
        new("application-not-found", $"There is no application {id}{suffix}.", RuleViolationKind.NotFound);
}
