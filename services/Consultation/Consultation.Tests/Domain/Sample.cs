using Consultation.Api.Domain;

namespace Consultation.Tests.Domain;

/// <summary>A small survey with one question of each kind, and an in-memory stand-in for the results SQL.</summary>
internal static class Sample
{
    public static readonly DateTimeOffset Now = new(2024, 9, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<Choice> Agreement =
    [
        new("strongly-disagree", "Strongly disagree"), new("disagree", "Disagree"), new("neither", "Neither"),
        new("agree", "Agree"), new("strongly-agree", "Strongly agree"),
    ];

    public static readonly IReadOnlyList<Choice> Safety =
    [
        new("very-unsafe", "Very unsafe"), new("fairly-unsafe", "Fairly unsafe"), new("neither", "Neither"),
        new("fairly-safe", "Fairly safe"), new("very-safe", "Very safe"),
    ];

    public static List<Question> Questions() =>
    [
        new("priorities", QuestionKind.Ranking, "Rank these priorities", Required: true,
            Options: [new("a", "Prevention"), new("b", "Safer streets"), new("c", "Trust in policing")]),
        new("know-how-to-report-asb", QuestionKind.SingleChoice, "Do you know how to report ASB?", Options: [new("yes", "Yes"), new("no", "No")]),
        new("interventions", QuestionKind.MultipleChoice, "Which interventions?", MaxChoices: 2,
            Options: [new("outreach", "Outreach"), new("education", "Education"), new("cctv", "CCTV")]),
        new("police-visible", QuestionKind.Likert, "Police are visible where I live", Scale: Agreement),
        new("feel-safe", QuestionKind.Matrix, "How safe do you feel?", Rows: [new("home-day", "At home, day"), new("out-dark", "Out, after dark")], Scale: Safety),
        new("years-lived", QuestionKind.Number, "Years lived here", Min: 0, Max: 120),
        new("why-not", QuestionKind.FreeText, "Why not?", MaxLength: 50, ShowWhen: new ShowWhen("know-how-to-report-asb", ["no"])),
        new("district", QuestionKind.Profile, "Your district", Profile: ProfileField.District),
        new("area-type", QuestionKind.Profile, "Urban or rural?", Profile: ProfileField.AreaType),
    ];

    public static PublicConsultation Survey(Guid? previousWave = null) => PublicConsultation.Draft(
        new ConsultationDetails("Community safety survey", "How safe people feel", ["norfolk-opcc", "norfolk-county-council"], "Residents",
            new DateOnly(2024, 9, 2), null, Questions(), previousWave),
        Now);

    public static Dictionary<string, Answer?> Ranking(params string[] order) => new() { ["priorities"] = new Answer(Ranking: order) };

    /// <summary>What the GROUPING SETS query returns, computed in memory from answer rows.</summary>
    public static List<Tally> Aggregate(IEnumerable<AnswerRow> rows)
    {
        var list = rows.ToList();
        IEnumerable<Tally> At(BreakdownLevel level, Func<AnswerRow, string?> group) => list
            .GroupBy(r => (r.QuestionId, r.RowCode, r.OptionCode, r.Rank, Group: group(r)))
            .Select(g => new Tally(
                g.Key.QuestionId, g.Key.RowCode, g.Key.OptionCode, g.Key.Rank, level, g.Key.Group, g.Sum(r => (long)r.Weight),
                g.Any(r => r.Number is not null) ? g.Sum(r => (r.Number ?? 0) * r.Weight) : null,
                g.Min(r => r.Number), g.Max(r => r.Number)));
        return [.. At(BreakdownLevel.County, _ => null), .. At(BreakdownLevel.District, r => r.District), .. At(BreakdownLevel.AreaType, r => r.AreaType)];
    }

    public static ConsultationResults Results(
        PublicConsultation consultation, IEnumerable<Dictionary<string, Answer?>> responses, ConsultationResults? previous = null, int minimumBase = 10)
    {
        var rows = responses.SelectMany(answers =>
        {
            Assert.Empty(consultation.QuestionSet.Check(answers));
            return ConsultationResponse.FromAnswers(consultation, ResponseChannel.Online, answers, Now, null, null).Rows;
        }).ToList();
        return ResultsCalculator.Compute(
            consultation, Aggregate(rows), new Dictionary<string, int> { ["online"] = 0 }, new DisclosureRule(minimumBase), previous);
    }
}
