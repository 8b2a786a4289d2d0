namespace Consultation.Api.Domain;

/// <summary>
/// One counted fact of a response, the unit results are summed from in SQL: a marker row (no option) says the
/// question (or a matrix row) was answered and carries a number answer; an option row says which option was chosen
/// (with its rank for a ranking question). <see cref="Weight"/> is 1 for a person's response and the count for a
/// workshop tally. District and area type are copied from the response so breakdowns need no join.
/// </summary>
public sealed class AnswerRow
{
    private AnswerRow()
    {
    }

    public long Id { get; private set; }

    public Guid ConsultationId { get; private set; }

    public Guid ResponseId { get; private set; }

    public string QuestionId { get; private set; } = "";

    public string? RowCode { get; private set; }

    public string? OptionCode { get; private set; }

    public short? Rank { get; private set; }

    public decimal? Number { get; private set; }

    public string? District { get; private set; }

    public string? AreaType { get; private set; }

    public int Weight { get; private set; }

    internal static AnswerRow Of(
        ConsultationResponse response, string questionId, int weight, string? row = null, string? option = null, int? rank = null,
        decimal? number = null) => new()
        {
            ConsultationId = response.ConsultationId,
            ResponseId = response.Id,
            QuestionId = questionId,
            RowCode = row,
            OptionCode = option,
            Rank = (short?)rank,
            Number = number,
            District = response.District,
            AreaType = response.AreaType,
            Weight = weight,
        };
}
