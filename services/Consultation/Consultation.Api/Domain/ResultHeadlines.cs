using Consultation.Contracts;

namespace Consultation.Api.Domain;

/// <summary>
/// The county-wide figures announced with published results (<see cref="ConsultationResultsPublished"/>): each
/// ranking's order and every percentage a perception measure might take as a reading. No free text.
/// </summary>
public static class ResultHeadlines
{
    public static IReadOnlyList<RankedOption> Rankings(ConsultationResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return
        [
            .. results.Questions
                .Where(q => q.County.Ranking is not null)
                .SelectMany(q => q.County.Ranking!.Select(r => new RankedOption(q.QuestionId, r.Code, r.Label, r.Position, r.AverageScore))),
        ];
    }

    public static IReadOnlyList<ResultIndicator> Indicators(ConsultationResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var indicators = new List<ResultIndicator>();
        foreach (var question in results.Questions)
        {
            var county = question.County;
            var answered = (int)county.Answered;
            if (question.Kind == QuestionKind.Likert && county.Agreement is { } agreement)
            {
                indicators.Add(new ResultIndicator(question.QuestionId, question.Text, agreement.AgreePercent, answered));
            }
            else if (county.Matrix is { } matrix)
            {
                indicators.AddRange(matrix.Select(row => new ResultIndicator(
                    $"{question.QuestionId}:{row.Code}", $"{question.Text}: {row.Label}", row.Agreement.AgreePercent, (int)row.Answered)));
            }
            else if (question.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice && county.Options is { } options)
            {
                indicators.AddRange(options.Select(option => new ResultIndicator(
                    $"{question.QuestionId}:{option.Code}", $"{question.Text}: {option.Label}", option.Percent, answered)));
            }
        }

        return indicators;
    }
}
