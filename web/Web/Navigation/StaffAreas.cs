using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Platform.Contracts;

namespace Platform.Web.Navigation;

/// <summary>
/// The staff areas of the site: each is a folder of pages, the roles that may use it, and its navigation link. One
/// table drives both, so a page a role may not use is never linked and answers 403 ("you do not have access") if
/// visited anyway. The APIs check again: a role here only decides what the front-end offers.
/// </summary>
public static class StaffAreas
{
    public sealed record Area(string Folder, string Title, string Href, IReadOnlyList<string> Roles)
    {
        public string Policy => "area:" + Folder;
    }

    /// <summary>
    /// An area's roles when anyone signed in may use it: a partner organisation's member applies for funding for their
    /// organisation (the token's agency) with no platform role at all.
    /// </summary>
    private static readonly IReadOnlyList<string> EverySignedInPerson = [];

    public static readonly IReadOnlyList<Area> All =
    [
        new("/Trigger", "ASB case reviews", "/trigger", [Roles.TriggerSpoc]),
        new("/Plans", "Partnership plan", "/plans", [Roles.PartnershipOfficer, Roles.DeliveryLead]),
        new("/Reviews", "Domestic homicide reviews", "/reviews", [Roles.ReviewManager, Roles.ReviewPanelMember]),
        new("/Prevent/Triage", "Prevent triage", "/prevent/triage", [Roles.PolicePreventOfficer]),
        new("/Prevent/Cases", "Prevent caseload", "/prevent/cases", [Roles.PreventLead, Roles.ChannelPanelMember]),
        new("/Prevent/Rejected", "Rejected partner messages", "/prevent/rejected", [Roles.PreventLead]),
        new("/Operations", "Operations", "/operations", [Roles.Ops]),
        new("/Scrutiny", "Quarterly report", "/scrutiny", [Roles.ScrutinyMember, Roles.PartnershipOfficer]),
        new("/Analysis", "Readings and crime data", "/analysis", [Roles.Analyst]),
        new("/Funding", "Grants", "/funding", [Roles.GrantsOfficer]),
        new("/Grants", "Apply for funding", "/grants", EverySignedInPerson),
        new("/Consultation", "Consultations", "/consultation", [Roles.ConsultationOfficer, Roles.Analyst]),
        new("/Consultation/Design", "Design a consultation", "/consultation/design", [Roles.ConsultationOfficer]),
    ];

    /// <summary>The person's agency (the token's <c>agency</c> claim), e.g. whose actions a delivery lead updates.</summary>
    public static string? Agency(this ClaimsPrincipal user) => user?.FindFirst(ClaimNames.Agency)?.Value;

    /// <summary>The areas <paramref name="user"/> may use, in navigation order.</summary>
    public static IEnumerable<Area> For(ClaimsPrincipal user) =>
        All.Where(area => area.Roles.Count == 0 ? user.Identity?.IsAuthenticated == true : area.Roles.Any(user.IsInRole));

    public static PageConventionCollection AuthorizeJourneys(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        foreach (var area in All)
        {
            conventions.AuthorizeFolder(area.Folder, area.Policy);
        }

        return conventions;
    }

    public static AuthorizationOptions AddAreaPolicies(this AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var area in All)
        {
            options.AddPolicy(area.Policy, policy =>
            {
                policy.RequireAuthenticatedUser();
                if (area.Roles.Count > 0)
                {
                    policy.RequireRole(area.Roles);
                }
            });
        }

        return options;
    }
}
