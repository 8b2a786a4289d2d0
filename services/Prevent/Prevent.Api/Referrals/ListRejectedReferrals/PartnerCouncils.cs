using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.ListRejectedReferrals;

/// <summary>
/// Configuration section <c>Prevent:PartnerCouncils</c>: which councils each partner system refers for, e.g.
/// <c>Prevent__PartnerCouncils__Serves__norfolk-schools-mis__0=norwich-city-council</c>. A rejected message may hold a
/// child's name and the concern, so only the Prevent leads of those councils list and dismiss it (issue 15). A partner
/// not configured is the county council's: its Prevent lead coordinates the duty across Norfolk.
/// </summary>
public sealed class PartnerCouncils
{
    public const string SectionName = "Prevent:PartnerCouncils";

    public Dictionary<string, string[]> Serves { get; set; } = [];

    public string Unassigned { get; set; } = Agencies.CountyCouncil;

    /// <summary>The rejected messages of <paramref name="rejected"/> the caller handles, as a query.</summary>
    public IQueryable<RejectedReferral> HandledBy(CurrentUser user, IQueryable<RejectedReferral> rejected)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(Roles.PreventLead) || user.Agency is not { } agency)
        {
            return rejected.Where(_ => false);
        }

        var served = Serves.Where(pair => pair.Value.Contains(agency, StringComparer.Ordinal)).Select(pair => pair.Key).ToArray();
        var configured = Serves.Keys.ToArray();
        var unassigned = agency == Unassigned;
        return rejected.Where(r =>
            (r.PartnerAgency != null && served.Contains(r.PartnerAgency))
            || (unassigned && (r.PartnerAgency == null || !configured.Contains(r.PartnerAgency))));
    }
}
