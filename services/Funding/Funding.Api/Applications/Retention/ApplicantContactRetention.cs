using Funding.Api.Data;
using Funding.Api.Domain;
using Platform.ServiceDefaults.Retention;

namespace Funding.Api.Applications.Retention;

/// <summary>
/// An application's contact person (name, email, phone) is removed a set time after the money is settled: six years
/// after its grant closes (public grant records are kept for the financial year plus six, the period in which an audit
/// or a claim for the money can still come), or two years after a decline (long enough for a complaint or a
/// re-application to be handled). Both the partnership's to confirm. The organisation, project, decision and grant
/// stay: they are public (360Giving) or the fund's accounts.
/// </summary>
internal static class ApplicantContactRetention
{
    public const string AfterGrantClosed = "funding-contact-grant-closed";

    public const string AfterDecline = "funding-contact-declined";

    public static IServiceCollection AddApplicantContactRetention(this IServiceCollection services) =>
        services
            .AddRetentionRule(Removing(AfterGrantClosed, TimeSpan.FromDays(6 * 365), (db, closedBefore) => db.Applications.Where(a =>
                db.Grants.Any(g => g.ApplicationId == a.Id && g.ClosedAt < closedBefore))))
            .AddRetentionRule(Removing(AfterDecline, TimeSpan.FromDays(2 * 365), (db, decidedBefore) => db.Applications.Where(a =>
                a.Status == ApplicationStatus.Declined && a.DecidedAt < decidedBefore)));

    private static RetentionRule<FundingDbContext> Removing(
        string name, TimeSpan keepFor, Func<FundingDbContext, DateTimeOffset, IQueryable<GrantApplication>> ended) =>
        RetentionRule.ForEach<FundingDbContext, GrantApplication>(
            name, keepFor,
            (db, cutoff) => ended(db, cutoff).Where(a => a.ContactRemovedAt == null).OrderBy(a => a.Id),
            (application, now) => application.RemoveContact(now));
}
