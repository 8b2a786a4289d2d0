namespace Consultation.Api.Domain;

/// <summary>A consultation's results: counts by channel, then each question county-wide, by district and by urban/rural.</summary>
public sealed record ConsultationResults(
    Guid ConsultationId,
    string Title,
    ConsultationStatus Status,
    bool Synthetic,
    int Respondents,
    IReadOnlyDictionary<string, int> RespondentsByChannel,
    string RankingFormula,
    int MinimumBase,
    Guid? PreviousWaveId,
    IReadOnlyList<QuestionResult> Questions);

public sealed record QuestionResult(
    string QuestionId,
    QuestionKind Kind,
    string Text,
    QuestionFigures County,
    IReadOnlyList<GroupFigures> ByDistrict,
    IReadOnlyList<GroupFigures> ByAreaType);

/// <summary>A district's or area type's figures; <see cref="Figures"/> is null when suppressed (too few answers).</summary>
public sealed record GroupFigures(string Group, bool Suppressed, QuestionFigures? Figures);

/// <summary>
/// What a question's answers add up to. Percentages are of the people who answered the question (1 decimal place);
/// <c>Previous…</c> values are the previous wave's, for a question asked there under the same id.
/// </summary>
public sealed record QuestionFigures(
    long Answered,
    IReadOnlyList<OptionFigure>? Options = null,
    IReadOnlyList<RankingFigure>? Ranking = null,
    AgreementFigure? Agreement = null,
    IReadOnlyList<MatrixRowFigure>? Matrix = null,
    NumberFigure? Number = null,
    long? PreviousAnswered = null);

public sealed record OptionFigure(string Code, string Label, long Count, decimal Percent, decimal? PreviousPercent = null);

/// <summary>
/// <see cref="AverageScore"/> is out of 10 (see <see cref="Question.ScoreForRank"/>); <see cref="Position"/> is the
/// Borda order: options sorted by <see cref="BordaPoints"/> (n − r points for rank r, summed over respondents).
/// </summary>
public sealed record RankingFigure(
    string Code, string Label, int Position, decimal AverageScore, long BordaPoints, long FirstChoices, int? PreviousPosition = null);

/// <summary>Likert: share agreeing (upper half of the scale), disagreeing (lower half), and net agreement (their difference).</summary>
public sealed record AgreementFigure(decimal AgreePercent, decimal DisagreePercent, decimal NetAgreement, decimal? PreviousAgreePercent = null);

public sealed record MatrixRowFigure(
    string Code, string Label, long Answered, IReadOnlyList<OptionFigure> Scale, AgreementFigure Agreement);

public sealed record NumberFigure(long Count, decimal Mean, decimal Min, decimal Max);
