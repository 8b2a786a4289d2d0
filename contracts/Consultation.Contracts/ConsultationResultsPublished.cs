using MassTransit;
using Platform.Contracts;

namespace Consultation.Contracts;

/// <summary>
/// A consultation's results were published ("you said, we did"). Aggregates only, never free text: the response
/// count, the ranking order and county-wide headline percentages, each a <see cref="ResultIndicator"/> a plan's
/// perception measure can take as a reading.
/// </summary>
[MessageUrn("csp:consultation:results-published:v1")]
[EntityName("consultation.results-published.v1")]
public sealed record ConsultationResultsPublished : IntegrationEvent
{
    public required Guid ConsultationId { get; init; }
    public required string Title { get; init; }
    public Guid? PlanId { get; init; }
    public required DateOnly PublishedOn { get; init; }

    /// <summary>The date the consultation closed: the period its figures describe.</summary>
    public required DateOnly ClosedOn { get; init; }
    public required int Respondents { get; init; }

    /// <summary>Ranking questions' option codes, highest average score first.</summary>
    public required IReadOnlyList<RankedOption> Rankings { get; init; }

    public required IReadOnlyList<ResultIndicator> Indicators { get; init; }
}

public sealed record RankedOption(string QuestionId, string OptionCode, string Label, int Position, decimal AverageScore);

/// <summary>
/// A county-wide percentage: <c>questionId:optionCode</c> for a choice (share choosing it), <c>questionId</c> for a
/// Likert question (share agreeing), <c>questionId:rowCode</c> for a matrix row (share on the positive side).
/// </summary>
public sealed record ResultIndicator(string Code, string Label, decimal Percent, int Base);
