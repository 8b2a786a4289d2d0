using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Domain;
using Platform.ServiceDefaults.Retention;

namespace CommunityTrigger.Api.Cases.Retention;

/// <summary>
/// An applicant's name and contact details, and the names of the people affected, are removed a set time after the case
/// closes (default two years: the appeal window has long passed and a repeat application starts a new case; the
/// partnership's to confirm). The case, its decision and the anonymous yearly figures remain.
/// </summary>
internal static class ApplicantContactRetention
{
    public const string Name = "trigger-applicant-contact";

    public static readonly TimeSpan DefaultKeepFor = TimeSpan.FromDays(2 * 365);

    public static IServiceCollection AddApplicantContactRetention(this IServiceCollection services) =>
        services.AddRetentionRule(RetentionRule.ForEach<CommunityTriggerDbContext, TriggerCase>(
            Name, DefaultKeepFor,
            (db, closedBefore) => db.Cases
                .Where(c => c.ClosedAt < closedBefore && c.ContactDetailsRemovedAt == null)
                .OrderBy(c => c.ClosedAt),
            (triggerCase, now) => triggerCase.RemoveApplicantContactDetails(now)));
}
