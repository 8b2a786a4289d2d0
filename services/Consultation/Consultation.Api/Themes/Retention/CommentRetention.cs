using Consultation.Api.Data;
using Consultation.Api.Domain;
using Platform.ServiceDefaults.Retention;

namespace Consultation.Api.Themes.Retention;

/// <summary>
/// Respondents' free-text comments (their own words, which can name or identify people) are removed a set time after
/// the consultation's results are published (default one year: long enough for "you said, we did" and for a challenge
/// to the results; the partnership's to confirm). A consultation whose results are never published loses them two years
/// after it closed (formally, or by its closing date if nobody closed it): the Cabinet Office's consultation principles
/// expect results within twelve weeks, so two years is a late publication's allowance plus the published path's year;
/// also the partnership's to confirm. Coded themes, counts and reviewed quotes stay, so results can still be published.
/// Synthetic seeded consultations hold nobody's words and are left as seeded.
/// </summary>
internal static class CommentRetention
{
    public const string Name = "consultation-comment-text";

    public static readonly TimeSpan DefaultKeepFor = TimeSpan.FromDays(365);

    public const string UnpublishedName = "consultation-comment-text-unpublished";

    public static readonly TimeSpan UnpublishedDefaultKeepFor = TimeSpan.FromDays(2 * 365);

    public static IServiceCollection AddCommentRetention(this IServiceCollection services) =>
        services
            .AddRetentionRule(RetentionRule.ForEach<ConsultationDbContext, Comment>(
                Name, DefaultKeepFor,
                (db, publishedBefore) => db.Comments
                    .Where(comment => comment.TextRemovedAt == null && db.Consultations.Any(consultation =>
                        consultation.Id == comment.ConsultationId && !consultation.Synthetic && consultation.ResultsPublishedAt < publishedBefore))
                    .OrderBy(comment => comment.Id),
                (comment, now) => comment.RemoveText(now)))
            .AddRetentionRule(RetentionRule.ForEach<ConsultationDbContext, Comment>(
                UnpublishedName, UnpublishedDefaultKeepFor,
                (db, closedBefore) => db.Comments
                    .Where(comment => comment.TextRemovedAt == null && db.Consultations.Any(consultation =>
                        consultation.Id == comment.ConsultationId && !consultation.Synthetic
                        && consultation.Status != ConsultationStatus.ResultsPublished
                        && (consultation.ClosedAt < closedBefore
                            || (consultation.ClosedAt == null && consultation.ClosesOn < DateOnly.FromDateTime(closedBefore.UtcDateTime)))))
                    .OrderBy(comment => comment.Id),
                (comment, now) => comment.RemoveText(now)));
}
