using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Api.Themes;

/// <summary>
/// Themes by how many comments carry them (first coder's coding), the most common first, each with its reviewed
/// quotes; and how far a second coder agreed on the comments they checked (same set of themes).
/// </summary>
public static class ThemeSummaryQuery
{
    public const int QuotesPerTheme = 3;

    public static async Task<ThemeSummary> ComputeAsync(ConsultationDbContext db, PublicConsultation consultation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(consultation);
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.ConsultationId == consultation.Id)
            .Select(c => new { c.Themes, c.CodedBy, c.CheckThemes, c.Quote, c.QuoteReviewedBy })
            .ToListAsync(cancellationToken);
        var coded = comments.Where(c => c.CodedBy is not null).ToList();
        var checkedComments = coded.Where(c => c.CheckThemes is not null).ToList();
        var agreeing = checkedComments.Count(c => c.CheckThemes!.Order().SequenceEqual(c.Themes.Order()));
        var themes = consultation.CodeFrame
            .Select(theme => new ThemeCount(
                theme.Code,
                theme.Label,
                coded.Count(c => c.Themes.Contains(theme.Code)),
                [.. coded.Where(c => c.Themes.Contains(theme.Code) && c.QuoteReviewedBy is not null && c.Quote is not null).Select(c => c.Quote!).Take(QuotesPerTheme)]))
            .OrderByDescending(t => t.Comments)
            .ThenBy(t => t.Code, StringComparer.Ordinal)
            .ToList();
        return new ThemeSummary(
            comments.Count,
            coded.Count,
            new CoderAgreement(checkedComments.Count, agreeing, ResultsCalculator.Percent(agreeing, checkedComments.Count)),
            themes);
    }
}

/// <param name="Themes">Every theme of the code frame, most common first: the first five are "the five most common themes".</param>
public sealed record ThemeSummary(int Comments, int Coded, CoderAgreement Agreement, IReadOnlyList<ThemeCount> Themes)
{
    public IReadOnlyList<ThemeCount> TopFive => [.. Themes.Where(t => t.Comments > 0).Take(5)];
}

public sealed record ThemeCount(string Code, string Label, int Comments, IReadOnlyList<string> ReviewedQuotes);

/// <summary>Comments a second analyst coded, how many they coded exactly alike, and that as a percentage.</summary>
public sealed record CoderAgreement(int Checked, int Agreeing, decimal Percent);
