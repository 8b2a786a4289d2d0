using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace CommunityTrigger.Api.Cases;

/// <summary>
/// Staff see their own district's cases; partnership officers see every district. A case in another district is
/// reported as not found, so its existence does not leak.
/// </summary>
internal static class CaseAccess
{
    public static bool IsPartnershipWide(this CurrentUser user) => user.IsInRole(Roles.PartnershipOfficer);

    public static bool MayHandle(this CurrentUser user, string district) => user.IsPartnershipWide() || user.District == district;

    public static IQueryable<TriggerCase> VisibleTo(this IQueryable<TriggerCase> cases, CurrentUser user)
    {
        if (user.IsPartnershipWide())
        {
            return cases;
        }

        var district = user.District;
        return cases.Where(c => c.District == district);
    }

    public static async Task<TriggerCase> FindVisibleOrThrowAsync(
        this CommunityTriggerDbContext db, Guid id, CurrentUser user, CancellationToken cancellationToken) =>
        await db.Cases.VisibleTo(user).SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw NotFound(id);

    /// <summary>The applicant's own case, by the secret reference only they hold.</summary>
    public static async Task<TriggerCase> FindByReferenceOrThrowAsync(
        this CommunityTriggerDbContext db, string reference, CancellationToken cancellationToken) =>
        await db.Cases.ByReference(reference).SingleOrDefaultAsync(cancellationToken) ?? throw ReferenceNotFound();

    /// <summary>
    /// Case changes: staff find a case by id within their districts; the applicant finds theirs by the secret status
    /// reference (a <see cref="string"/> key). Audited as <see cref="CaseSummary"/>, which holds no personal data.
    /// </summary>
    public static IServiceCollection AddCaseChanges(this IServiceCollection services) =>
        services.AddChanges<CommunityTriggerDbContext, TriggerCase>(setup => setup
            .FindBy<Guid>(
                (db, user, id, cancellationToken) => db.Cases.VisibleTo(user).SingleOrDefaultAsync(c => c.Id == id, cancellationToken),
                NotFound)
            .FindBy<string>(
                (db, reference, cancellationToken) => db.Cases.ByReference(reference).SingleOrDefaultAsync(cancellationToken),
                _ => ReferenceNotFound())
            .AuditAs(triggerCase => triggerCase.Id.ToString(), CaseSummary.From)
            .VersionedBy(triggerCase => triggerCase.Version));

    private static IQueryable<TriggerCase> ByReference(this IQueryable<TriggerCase> cases, string reference)
    {
        var hash = StatusToken.Hash(reference);
        return cases.Where(c => c.StatusTokenHash == hash);
    }

    private static RuleViolationException NotFound(Guid id) =>
        new("case-not-found", $"There is no case {id} in your district.", RuleViolationKind.NotFound);

    private static RuleViolationException ReferenceNotFound() =>
        new("reference-not-found", "No application has this reference. Check it was copied in full.", RuleViolationKind.NotFound);
}
