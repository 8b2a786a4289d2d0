using Consultation.Api.Data;
using Consultation.Api.Domain;
using Consultation.Api.Results;
using Consultation.Api.Themes;

namespace Consultation.Api.Publication.YouSaidWeDidReport;

/// <summary>
/// "You said, we did" as the public reads it: what was asked and of whom, how many responded and how, the headline
/// results, the five most common comment themes with reviewed quotes, and the owners' response and plan changes.
/// </summary>
public sealed record YouSaidWeDidReport(
    Guid ConsultationId,
    string Title,
    string Purpose,
    IReadOnlyList<string> Owners,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    DateTimeOffset PublishedAt,
    bool Synthetic,
    int Respondents,
    IReadOnlyDictionary<string, int> RespondentsByChannel,
    IReadOnlyList<QuestionResult> Results,
    int Comments,
    IReadOnlyList<ThemeCount> TopThemes,
    CoderAgreement CoderAgreement,
    string Summary,
    IReadOnlyList<ThemeResponseView> WeDid,
    IReadOnlyList<string> PlanChanges)
{
    public static async Task<YouSaidWeDidReport> BuildAsync(
        ConsultationDbContext db, ResultsQuery resultsQuery, PublicConsultation consultation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(resultsQuery);
        var results = await resultsQuery.ComputeAsync(consultation, cancellationToken);
        var themes = await ThemeSummaryQuery.ComputeAsync(db, consultation, cancellationToken);
        var report = consultation.YouSaidWeDid!;
        return new YouSaidWeDidReport(
            consultation.Id,
            consultation.Title,
            consultation.Purpose,
            consultation.Owners,
            consultation.OpensOn,
            consultation.ClosesOn,
            consultation.ResultsPublishedAt!.Value,
            consultation.Synthetic,
            results.Respondents,
            results.RespondentsByChannel,
            [.. results.Questions.Where(q => q.Kind is not (QuestionKind.FreeText or QuestionKind.Profile))],
            themes.Comments,
            themes.TopFive,
            themes.Agreement,
            report.Summary,
            [.. report.ThemeResponses.Select(r => new ThemeResponseView(r.Theme, consultation.CodeFrame.FirstOrDefault(t => t.Code == r.Theme)?.Label ?? r.Theme, r.WeDid))],
            report.PlanChanges);
    }
}

public sealed record ThemeResponseView(string Theme, string YouSaid, string WeDid);
