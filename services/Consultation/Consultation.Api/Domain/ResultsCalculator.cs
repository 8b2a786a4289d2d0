namespace Consultation.Api.Domain;

/// <summary>
/// Turns the tallies summed in SQL into results. Pure arithmetic, so it is tested against hand-computed figures.
/// </summary>
public static class ResultsCalculator
{
    public const string RankingFormula =
        "Rank r of n options scores (n - r + 1) x 10 / n (first place 10), unless the question sets its own points per rank; "
        + "the average score is over the people who ranked the option. Order is Borda: n - r points per rank, summed.";

    public const string NotGiven = "not-given";

    private static readonly IReadOnlyList<string> DistrictCodes = [.. Question.DistrictChoices.Select(c => c.Code)];

    private static readonly IReadOnlyList<string> AreaTypeCodes = [.. Question.AreaTypes.Select(c => c.Code)];

    public static ConsultationResults Compute(
        PublicConsultation consultation,
        IReadOnlyList<Tally> tallies,
        IReadOnlyDictionary<string, int> respondentsByChannel,
        DisclosureRule disclosure,
        ConsultationResults? previousWave = null)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(respondentsByChannel);
        ArgumentNullException.ThrowIfNull(disclosure);
        var byQuestion = tallies.ToLookup(t => t.QuestionId);
        var questions = consultation.Questions
            .Select(question =>
            {
                var rows = byQuestion[question.Id].ToList();
                var previous = previousWave?.Questions.FirstOrDefault(p => p.QuestionId == question.Id && p.Kind == question.Kind)?.County;
                return new QuestionResult(
                    question.Id,
                    question.Kind,
                    question.Text,
                    Figures(question, rows.Where(r => r.Level == BreakdownLevel.County).ToList(), previous),
                    Breakdown(question, rows.Where(r => r.Level == BreakdownLevel.District).ToList(), DistrictCodes, disclosure),
                    Breakdown(question, rows.Where(r => r.Level == BreakdownLevel.AreaType).ToList(), AreaTypeCodes, disclosure));
            })
            .ToList();

        return new ConsultationResults(
            consultation.Id,
            consultation.Title,
            consultation.Status,
            consultation.Synthetic,
            respondentsByChannel.Values.Sum(),
            respondentsByChannel,
            RankingFormula,
            disclosure.MinimumBase,
            consultation.PreviousWaveId,
            questions);
    }

    /// <summary>
    /// Every group is listed, those nobody answered from included (with none, a reader could still tell "no one from
    /// there" from "withheld"); "not given" comes last, when anyone left the profile question out.
    /// </summary>
    private static List<GroupFigures> Breakdown(Question question, List<Tally> rows, IReadOnlyList<string> allGroups, DisclosureRule disclosure)
    {
        var byGroup = rows.ToLookup(r => r.Group);
        var keys = allGroups.Cast<string?>().Concat(byGroup.Any(g => g.Key is null) ? [null] : []).ToList();
        var groups = keys.Select(key => (Group: key, Rows: byGroup[key].ToList())).ToList();
        var bases = groups.Select(g => (g.Group, Base: Answered(question, g.Rows))).ToList();
        var suppressed = disclosure.SuppressedGroups(bases);
        return
        [
            .. groups
                .Select(g => suppressed.Contains(g.Group)
                    ? new GroupFigures(g.Group ?? NotGiven, true, null)
                    : new GroupFigures(g.Group ?? NotGiven, false, Figures(question, g.Rows, null))),
        ];
    }

    /// <summary>People who answered: the marker rows (no option); for a matrix, the most answered row.</summary>
    private static long Answered(Question question, List<Tally> rows) =>
        question.Kind == QuestionKind.Matrix
            ? rows.Where(r => r.Option is null).GroupBy(r => r.Row).Select(g => g.Sum(r => r.Count)).DefaultIfEmpty().Max()
            : rows.Where(r => r.Option is null && r.Row is null).Sum(r => r.Count);

    public static QuestionFigures Figures(Question question, IReadOnlyList<Tally> rows, QuestionFigures? previous)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(rows);
        var answered = Answered(question, [.. rows]);
        return question.Kind switch
        {
            QuestionKind.Ranking => new QuestionFigures(answered, Ranking: Ranking(question, rows, previous?.Ranking), PreviousAnswered: previous?.Answered),
            QuestionKind.Likert => new QuestionFigures(
                answered,
                Options: Options(question.Choices, rows, answered, previous?.Options),
                Agreement: Agreement(question.Choices, rows, answered, previous?.Agreement),
                PreviousAnswered: previous?.Answered),
            QuestionKind.Matrix => new QuestionFigures(answered, Matrix: Matrix(question, rows, previous?.Matrix), PreviousAnswered: previous?.Answered),
            QuestionKind.Number => new QuestionFigures(answered, Number: Number(rows), PreviousAnswered: previous?.Answered),
            QuestionKind.FreeText => new QuestionFigures(answered, PreviousAnswered: previous?.Answered),
            _ => new QuestionFigures(answered, Options: Options(question.Choices, rows, answered, previous?.Options), PreviousAnswered: previous?.Answered),
        };
    }

    public static decimal Percent(long part, long whole) =>
        whole == 0 ? 0m : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    private static List<OptionFigure> Options(
        IReadOnlyList<Choice> choices, IEnumerable<Tally> rows, long answered, IReadOnlyList<OptionFigure>? previous)
    {
        var counts = rows.Where(r => r.Option is not null).GroupBy(r => r.Option!).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        return
        [
            .. choices.Select(choice =>
            {
                var count = counts.GetValueOrDefault(choice.Code);
                return new OptionFigure(choice.Code, choice.Label, count, Percent(count, answered), previous?.FirstOrDefault(p => p.Code == choice.Code)?.Percent);
            }),
        ];
    }

    private static List<RankingFigure> Ranking(Question question, IReadOnlyList<Tally> rows, IReadOnlyList<RankingFigure>? previous)
    {
        var options = question.Options ?? [];
        var n = options.Count;
        var figures = options
            .Select(option =>
            {
                var ranked = rows.Where(r => r.Option == option.Code && r.Rank is not null).ToList();
                var people = ranked.Sum(r => r.Count);
                var score = people == 0 ? 0m : ranked.Sum(r => r.Count * question.ScoreForRank(r.Rank!.Value)) / people;
                var borda = ranked.Sum(r => r.Count * (n - r.Rank!.Value));
                var first = ranked.Where(r => r.Rank == 1).Sum(r => r.Count);
                return (Option: option, Score: Math.Round(score, 2, MidpointRounding.AwayFromZero), Borda: borda, First: first);
            })
            .OrderByDescending(f => f.Borda)
            .ThenByDescending(f => f.Score)
            .ThenBy(f => f.Option.Code, StringComparer.Ordinal)
            .ToList();
        return
        [
            .. figures.Select((f, index) => new RankingFigure(
                f.Option.Code, f.Option.Label, index + 1, f.Score, f.Borda, f.First, previous?.FirstOrDefault(p => p.Code == f.Option.Code)?.Position)),
        ];
    }

    /// <summary>Points are listed most negative first: the lower half disagrees, the upper half agrees, a middle point is neutral.</summary>
    private static AgreementFigure Agreement(IReadOnlyList<Choice> scale, IEnumerable<Tally> rows, long answered, AgreementFigure? previous)
    {
        var n = scale.Count;
        var counts = rows.Where(r => r.Option is not null).GroupBy(r => r.Option!).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        var disagree = scale.Take(n / 2).Sum(c => counts.GetValueOrDefault(c.Code));
        var agree = scale.Skip(n - (n / 2)).Sum(c => counts.GetValueOrDefault(c.Code));
        var agreePercent = Percent(agree, answered);
        var disagreePercent = Percent(disagree, answered);
        return new AgreementFigure(agreePercent, disagreePercent, agreePercent - disagreePercent, previous?.AgreePercent);
    }

    private static List<MatrixRowFigure> Matrix(Question question, IReadOnlyList<Tally> rows, IReadOnlyList<MatrixRowFigure>? previous) =>
    [
        .. (question.Rows ?? []).Select(row =>
        {
            var own = rows.Where(r => r.Row == row.Code).ToList();
            var answered = own.Where(r => r.Option is null).Sum(r => r.Count);
            var before = previous?.FirstOrDefault(p => p.Code == row.Code);
            return new MatrixRowFigure(
                row.Code,
                row.Label,
                answered,
                Options(question.Choices, own, answered, before?.Scale),
                Agreement(question.Choices, own, answered, before?.Agreement));
        }),
    ];

    private static NumberFigure? Number(IReadOnlyList<Tally> rows)
    {
        var values = rows.Where(r => r.Option is null && r.NumberSum is not null).ToList();
        var count = values.Sum(r => r.Count);
        return count == 0
            ? null
            : new NumberFigure(
                count,
                Math.Round(values.Sum(r => r.NumberSum!.Value) / count, 2, MidpointRounding.AwayFromZero),
                values.Min(r => r.NumberMin!.Value),
                values.Max(r => r.NumberMax!.Value));
    }
}
