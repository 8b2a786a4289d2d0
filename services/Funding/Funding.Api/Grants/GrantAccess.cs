using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Grants;

/// <summary>
/// Grants officers see every grant; the grantee's users their organisation's; scrutiny members and partnership officers
/// the published ones (accepted, or historic). Others get not found.
/// </summary>
internal static class GrantAccess
{
    public static IQueryable<Grant> VisibleTo(this FundingDbContext db, CurrentUser user)
    {
        if (user.IsInRole(Roles.GrantsOfficer))
        {
            return db.Grants;
        }

        var agency = user.Agency ?? "";
        var seesPublished = user.IsInRole(Roles.ScrutinyMember) || user.IsInRole(Roles.PartnershipOfficer);
        return db.Grants.Where(g =>
            g.RecipientAgency == agency || (seesPublished && (g.Status == GrantStatus.Accepted || g.Status == GrantStatus.Closed)));
    }

    public static async Task<Grant> FindVisibleGrantOrThrowAsync(
        this FundingDbContext db, Guid id, CurrentUser user, CancellationToken cancellationToken) =>
        await db.VisibleTo(user).SingleOrDefaultAsync(g => g.Id == id, cancellationToken) ?? throw NotFound(id);

    /// <summary>The grant as its grantee (or a grants officer acting for them) changes it.</summary>
    public static async Task<Grant> FindAsGranteeOrThrowAsync(
        this FundingDbContext db, Guid id, CurrentUser user, CancellationToken cancellationToken)
    {
        var grant = await db.Grants.FindAsync([id], cancellationToken) ?? throw NotFound(id);
        return user.IsInRole(Roles.GrantsOfficer) || grant.RecipientAgency == user.Agency ? grant : throw NotFound(id);
    }

    /// <summary>
    /// Loads the grant holding its row lock to the end of the caller's transaction (money changes take turns); with
    /// <paramref name="grantee"/>, only if that caller may act as the grantee. Call before anything else loads the grant.
    /// </summary>
    public static async Task<Grant> LockGrantOrThrowAsync(
        this FundingDbContext db, Guid id, CancellationToken cancellationToken, CurrentUser? grantee = null)
    {
        _ = await db.Database.ExecuteSqlAsync($"SELECT 1 FROM grants WHERE id = {id} FOR UPDATE", cancellationToken);
        var grant = await db.Grants.FindAsync([id], cancellationToken) ?? throw NotFound(id);
        return grantee is null || grantee.IsInRole(Roles.GrantsOfficer) || grant.RecipientAgency == grantee.Agency ? grant : throw NotFound(id);
    }

    public static async Task<Claim> FindClaimOrThrowAsync(this FundingDbContext db, Guid grantId, Guid claimId, CancellationToken cancellationToken) =>
        await db.Claims.SingleOrDefaultAsync(c => c.Id == claimId && c.GrantId == grantId, cancellationToken)
        ?? throw new RuleViolationException("claim-not-found", $"Grant {grantId} has no claim {claimId}.", RuleViolationKind.NotFound);

    private static RuleViolationException NotFound(Guid id) => new("grant-not-found", $"There is no grant {id}.", RuleViolationKind.NotFound);
}
