using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Applications;

/// <summary>
/// Who sees an application: grants officers all; a partner user their own organisation's; an assessor the ones they
/// are assigned. Anything else is reported as not found, so its existence does not leak.
/// </summary>
internal static class ApplicationAccess
{
    /// <summary>
    /// Application changes (grants officers' moves), audited without the contact; assessment changes found as the
    /// caller's own assignment to the application, so an assessor can only ever change their own scoring.
    /// </summary>
    public static IServiceCollection AddApplicationChanges(this IServiceCollection services) => services
        .AddChanges<FundingDbContext, GrantApplication>(setup => setup
            .FindBy<Guid>((db, id, cancellationToken) => db.Applications.FindAsync([id], cancellationToken).AsTask(), id => NotFound(id))
            .AuditAs(application => application.Id.ToString(), ApplicationResponse.AuditView)
            .VersionedBy(application => application.Version))
        .AddChanges<FundingDbContext, Assessment>(setup => setup
            .FindBy<Guid>(
                (db, user, applicationId, cancellationToken) =>
                    db.Assessments.SingleOrDefaultAsync(a => a.ApplicationId == applicationId && a.AssessorId == user.Id, cancellationToken),
                applicationId => NotFound(applicationId, " assigned to you to assess"))
            .AuditAs(assessment => assessment.Id.ToString(), AssessmentResponse.From)
            .VersionedBy(assessment => assessment.Version));

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

    private static RuleViolationException NotFound(Guid id, string suffix = "") =>
        new("application-not-found", $"There is no application {id}{suffix}.", RuleViolationKind.NotFound);
}
