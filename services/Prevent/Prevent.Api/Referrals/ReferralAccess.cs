using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals;

/// <summary>
/// Case detail is for the Prevent lead and Channel panel members of the council that owns the case (the district
/// council of its district). The submitting agency sees only the status of its own referrals; police Prevent
/// officers triage. Anything else is reported as not found, so a case's existence does not leak.
/// </summary>
internal static class ReferralAccess
{
    private static readonly Dictionary<string, string> Councils = new()
    {
        [Districts.Breckland] = Agencies.BrecklandCouncil,
        [Districts.Broadland] = Agencies.BroadlandCouncil,
        [Districts.GreatYarmouth] = Agencies.GreatYarmouthCouncil,
        [Districts.KingsLynnWestNorfolk] = Agencies.KingsLynnWestNorfolkCouncil,
        [Districts.NorthNorfolk] = Agencies.NorthNorfolkCouncil,
        [Districts.Norwich] = Agencies.NorwichCityCouncil,
        [Districts.SouthNorfolk] = Agencies.SouthNorfolkCouncil,
    };

    public static string OwningCouncil(string district) => Councils[district];

    /// <summary>The districts whose cases the caller may see in detail: none unless a lead or panel member of a district council.</summary>
    public static IReadOnlyList<string> DetailDistricts(this CurrentUser user) =>
        user.IsInRole(Roles.PreventLead) || user.IsInRole(Roles.ChannelPanelMember)
            ? [.. Councils.Where(pair => pair.Value == user.Agency).Select(pair => pair.Key)]
            : [];

    /// <summary>The districts of the caller's council if they are its Prevent lead (whose audit entries they read).</summary>
    public static IReadOnlyList<string> DetailDistrictsOfLead(this CurrentUser user) =>
        user.IsInRole(Roles.PreventLead) ? [.. Councils.Where(pair => pair.Value == user.Agency).Select(pair => pair.Key)] : [];

    public static bool MaySeeDetail(this CurrentUser user, Referral referral) => user.DetailDistricts().Contains(referral.District);

    public static bool MaySeeStatus(this CurrentUser user, Referral referral) =>
        user.MaySeeDetail(referral) || (user.Agency is not null && user.Agency == referral.SubmittedByAgency);

    public static bool MayTriage(this CurrentUser user) => user.IsInRole(Roles.PolicePreventOfficer);

    public static async Task<Referral> FindOrThrowAsync(
        this PreventDbContext db, Guid id, Func<Referral, bool> mayAccess, CancellationToken cancellationToken) =>
        await db.FindAllowedAsync(id, mayAccess, cancellationToken) ?? throw NotFound(id);

    /// <summary>
    /// Case changes (<see cref="Changes{TAggregate}"/>): by id, for the owning council's lead and panel (anyone else:
    /// not found); audited as <see cref="ReferralSummary"/>, which holds no personal data. Triage finds the case itself
    /// (<see cref="MayTriage"/>) and starts the change on it.
    /// </summary>
    public static IServiceCollection AddReferralChanges(this IServiceCollection services) =>
        services.AddChanges<PreventDbContext, Referral>(setup => setup
            .FindBy<Guid>((db, user, id, cancellationToken) => db.FindAllowedAsync(id, user.MaySeeDetail, cancellationToken), NotFound)
            .AuditAs(referral => referral.Id.ToString(), ReferralSummary.From));

    private static async Task<Referral?> FindAllowedAsync(this PreventDbContext db, Guid id, Func<Referral, bool> mayAccess, CancellationToken cancellationToken) =>
        await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } referral && mayAccess(referral) ? referral : null;

    private static RuleViolationException NotFound(Guid id) =>
        new("referral-not-found", $"There is no referral {id} that you may see.", RuleViolationKind.NotFound);

    /// <summary>A panel meeting of the caller's own council, or not found: another council's meetings do not exist for them.</summary>
    public static async Task<PanelMeeting> FindMeetingOrThrowAsync(this PreventDbContext db, Guid id, CurrentUser user, CancellationToken cancellationToken)
    {
        var meeting = await db.PanelMeetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return meeting is not null && user.DetailDistricts().Count > 0 && meeting.Council == user.Agency
            ? meeting
            : throw new RuleViolationException("panel-meeting-not-found", $"There is no panel meeting {id} of your council.", RuleViolationKind.NotFound);
    }
}
