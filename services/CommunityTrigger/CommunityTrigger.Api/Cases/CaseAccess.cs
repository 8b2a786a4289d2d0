using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
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
        await db.Cases.VisibleTo(user).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new RuleViolationException("case-not-found", $"There is no case {id} in your district.", RuleViolationKind.NotFound);

    /// <summary>The applicant's own case, by the secret reference only they hold.</summary>
    public static async Task<TriggerCase> FindByReferenceOrThrowAsync(
        this CommunityTriggerDbContext db, string reference, CancellationToken cancellationToken)
    {
        var hash = StatusToken.Hash(reference);
        return await db.Cases.SingleOrDefaultAsync(c => c.StatusTokenHash == hash, cancellationToken)
            ?? throw new RuleViolationException(
                "reference-not-found", "No application has this reference. Check it was copied in full.", RuleViolationKind.NotFound);
    }
}
