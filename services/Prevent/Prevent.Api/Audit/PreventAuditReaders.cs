using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Prevent.Api.Data;
using Prevent.Api.Domain;
using Prevent.Api.Referrals;

namespace Prevent.Api.Audit;

/// <summary>
/// Prevent's audit log names referrals and what was done with them (consent given by a guardian, a case adopted), so it
/// is read by its owners only (issue 15): a council's Prevent lead sees the entries about its own council's cases and
/// what its own staff did; ops see the technical entries (audit reads, outbox administration), no case entry. The
/// partnership team, which reads the other services' logs, does not read this one.
/// </summary>
internal static class PreventAuditReaders
{
    /// <summary>Subject types whose entries are about a person's case.</summary>
    private static readonly string[] CaseSubjects = [nameof(Referral), nameof(PanelMeeting), nameof(RejectedReferral)];

    public static readonly AuditReaders<PreventDbContext> Owners = new(
        "the Prevent lead of the council owning the case (and their own staff's entries); ops for technical entries",
        [Roles.PreventLead, Roles.Ops],
        Scope);

    private static IQueryable<AuditEntry> Scope(PreventDbContext db, CurrentUser user, IQueryable<AuditEntry> entries)
    {
        var lead = user.IsInRole(Roles.PreventLead) && user.Agency is not null;
        var ops = user.IsInRole(Roles.Ops);
        var districts = lead ? user.DetailDistrictsOfLead().ToArray() : [];
        var agency = user.Agency;
        return entries.Where(e =>
            (lead && (e.Agency == agency
                || (e.SubjectType == nameof(Referral) && db.Referrals.Any(r => r.Id.ToString() == e.SubjectId && districts.Contains(r.District)))))
            || (ops && !CaseSubjects.Contains(e.SubjectType)));
    }
}
