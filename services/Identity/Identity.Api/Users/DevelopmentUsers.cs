using Identity.Api.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Data;

namespace Identity.Api.Users;

/// <summary>
/// People for development and tests, one or more per role and one partnership officer per responsible authority,
/// all with the password <see cref="Password"/>. Seeded only when <c>Identity:SeedDevelopmentUsers</c> is true,
/// which start-up refuses outside Development.
/// </summary>
public sealed class DevelopmentUsers(IServiceScopeFactory scopes, TimeProvider time) : IHostedService
{
    public const string Password = "development-only-password";

    /// <summary>User name (also the subject after <c>dev:</c>) and what they are.</summary>
    public static readonly IReadOnlyList<(string UserName, string Name, string Agency, string[] Roles, string? District)> All =
    [
        ("opcc.officer", "Olivia Officer", Agencies.Opcc, [Roles.PartnershipOfficer], null),
        ("opcc.analyst", "Ann Analyst", Agencies.Opcc, [Roles.Analyst], null),
        ("review.manager", "Rob Reviews", Agencies.Opcc, [Roles.ReviewManager], null),
        ("review.panel", "Pat Panel", Agencies.Constabulary, [Roles.ReviewPanelMember], null),
        ("scrutiny.member", "Sam Scrutiny", Agencies.CountyCouncil, [Roles.ScrutinyMember], null),
        ("delivery.lead", "Dee Delivery", Agencies.CountyCouncil, [Roles.DeliveryLead], null),
        ("norwich.spoc", "Nia Spoc", Agencies.NorwichCityCouncil, [Roles.TriggerSpoc], Districts.Norwich),
        ("breckland.prevent", "Bea Prevent", Agencies.BrecklandCouncil, [Roles.PreventLead], Districts.Breckland),
        ("norwich.prevent", "Noel Prevent", Agencies.NorwichCityCouncil, [Roles.PreventLead], Districts.Norwich),
        ("channel.panel", "Cal Channel", Agencies.NorwichCityCouncil, [Roles.ChannelPanelMember], Districts.Norwich),
        ("police.prevent", "Polly Prevent", Agencies.Constabulary, [Roles.PolicePreventOfficer], null),
        ("grants.officer", "Grant Officer", Agencies.Opcc, [Roles.GrantsOfficer], null),
        // A partner organisation's member with no platform role: applies for funding for their organisation.
        ("norwich.applicant", "Abi Applicant", Agencies.NorwichCityCouncil, [], null),
        ("consultation.officer", "Connie Consults", Agencies.Opcc, [Roles.ConsultationOfficer], null),
        ("ops", "Otto Ops", Agencies.Opcc, [Roles.Ops], null),
        ("dpo", "Dana Protection", Agencies.Opcc, [Roles.DataProtectionOfficer], null),
        ("auditor", "Audrey Auditor", Agencies.Opcc, [Roles.Auditor], null),
        .. Agencies.ResponsibleAuthorities.Where(agency => agency != Agencies.Opcc).Select(agency =>
            ($"{agency}.officer", $"Partnership officer, {agency}", agency, new[] { Roles.PartnershipOfficer }, (string?)null)),
    ];

    public static string SubjectOf(string userName) => $"dev:{userName}";

    private const long StartupLockKey = 0x43_53_50_49_44_55; // "CSPIDU"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        // Replicas starting together would both see a user missing and both insert it.
        await using var startupLock = await StartupLock.AcquireAsync(db, StartupLockKey, cancellationToken);
        var existing = await db.Users.Select(user => user.Subject).ToListAsync(cancellationToken);
        var missing = All.Where(user => !existing.Contains(SubjectOf(user.UserName))).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // One hash for all: they share the password, and each hash costs tens of milliseconds by design.
        var hash = new PasswordHasher<UserAccount>().HashPassword(null!, Password);
        var now = time.GetUtcNow();
        foreach (var (userName, name, agency, roles, district) in missing)
        {
            db.Users.Add(new UserAccount(new PlatformUser(SubjectOf(userName), name, agency, roles, district), userName, hash, null, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
