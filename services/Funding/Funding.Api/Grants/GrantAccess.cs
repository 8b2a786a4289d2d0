using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Changes;
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

    /// <summary>
    /// Grant changes, found for a grants officer or the grantee's own users (anyone else: not found), audited with the
    /// money before and after. Officer-only moves are also limited by their endpoints' role policy.
    /// </summary>
    public static IServiceCollection AddGrantChanges(this IServiceCollection services) =>
        services.AddChanges<FundingDbContext, Grant>(setup => setup
            .FindBy<Guid>(
                async (db, user, id, cancellationToken) => await db.Grants.FindAsync([id], cancellationToken) is { } grant
                    && (user.IsInRole(Roles.GrantsOfficer) || grant.RecipientAgency == user.Agency)
                        ? grant
                        : null,
                NotFound)
            .AuditAs(grant => grant.Id.ToString(), GrantResponse.Money)
            .VersionedBy(grant => grant.Version));

    public static async Task<Claim> FindClaimOrThrowAsync(this FundingDbContext db, Guid grantId, Guid claimId, CancellationToken cancellationToken) =>
        await db.Claims.SingleOrDefaultAsync(c => c.Id == claimId && c.GrantId == grantId, cancellationToken)
        ?? throw new RuleViolationException("claim-not-found", $"Grant {grantId} has no claim {claimId}.", RuleViolationKind.NotFound);

    private static RuleViolationException NotFound(Guid id) => new("grant-not-found", $"There is no grant {id}.", RuleViolationKind.NotFound);
}
