using Consultation.Api.Domain;

namespace Consultation.Tests.Domain;

/// <summary>Results against figures worked out by hand.</summary>
public class ResultsCalculatorTests
{
    [Fact]
    public void Ranking_scores_are_the_average_of_n_minus_r_plus_1_times_10_over_n_and_the_order_is_Borda()
    {
        // n = 3: first place scores 10, second 6.667, third 3.333.
        // a: ranks 1,1,2,3 -> (10 + 10 + 6.667 + 3.333) / 4 = 7.50; b: 2,3,1,2 -> 26.667 / 4 = 6.67; c: 3,2,3,1 -> 23.333 / 4 = 5.83.
        // Borda (n - r): a 2+2+1+0 = 5, b 1+0+2+1 = 4, c 0+1+0+2 = 3.
        var results = Sample.Results(Sample.Survey(),
        [
            Sample.Ranking("a", "b", "c"), Sample.Ranking("a", "c", "b"), Sample.Ranking("b", "a", "c"), Sample.Ranking("c", "b", "a"),
        ]);

        var ranking = results.Questions.Single(q => q.QuestionId == "priorities").County;
        Assert.Equal(4, ranking.Answered);
        Assert.Equal(
            [("a", 1, 7.50m, 5L, 2L), ("b", 2, 6.67m, 4L, 1L), ("c", 3, 5.83m, 3L, 1L)],
            ranking.Ranking!.Select(r => (r.Code, r.Position, r.AverageScore, r.BordaPoints, r.FirstChoices)));
    }

    [Fact]
    public void A_question_can_set_its_own_points_per_rank()
    {
        var questions = Sample.Questions();
        questions[0] = questions[0] with { RankPoints = [10m, 5m, 0m] };
        var survey = PublicConsultation.Draft(Sample.Survey().Details with { Questions = questions }, Sample.Now);

        // a: 10 + 10 + 5 + 0 = 25 / 4 = 6.25
        var results = Sample.Results(survey, [Sample.Ranking("a", "b", "c"), Sample.Ranking("a", "c", "b"), Sample.Ranking("b", "a", "c"), Sample.Ranking("c", "b", "a")]);

        Assert.Equal(6.25m, results.Questions[0].County.Ranking!.Single(r => r.Code == "a").AverageScore);
    }

    [Fact]
    public void Likert_gives_the_distribution_agreement_and_net_agreement()
    {
        // 10 answers: strongly agree 3, agree 3, neither 1, disagree 2, strongly disagree 1 -> agree 60 %, disagree 30 %, net +30.
        var points = new[] { "strongly-agree", "strongly-agree", "strongly-agree", "agree", "agree", "agree", "neither", "disagree", "disagree", "strongly-disagree" };
        var results = Sample.Results(Sample.Survey(), points.Select(p => new Dictionary<string, Answer?>
        {
            ["priorities"] = new Answer(Ranking: ["a", "b", "c"]),
            ["police-visible"] = new Answer(Choice: p),
        }));

        var likert = results.Questions.Single(q => q.QuestionId == "police-visible").County;
        Assert.Equal(new AgreementFigure(60.0m, 30.0m, 30.0m), likert.Agreement);
        Assert.Equal([10.0m, 20.0m, 10.0m, 30.0m, 30.0m], likert.Options!.Select(o => o.Percent));
    }

    [Fact]
    public void Choices_are_counted_against_the_people_who_answered_and_multiple_choice_can_pass_100_percent()
    {
        var results = Sample.Results(Sample.Survey(),
        [
            Answers(interventions: ["outreach", "education"]),
            Answers(interventions: ["outreach", "cctv"]),
            Answers(interventions: ["outreach"]),
            Answers(),
        ]);

        var interventions = results.Questions.Single(q => q.QuestionId == "interventions").County;
        Assert.Equal(3, interventions.Answered);
        Assert.Equal([("outreach", 3L, 100.0m), ("education", 1L, 33.3m), ("cctv", 1L, 33.3m)], interventions.Options!.Select(o => (o.Code, o.Count, o.Percent)));
    }

    [Fact]
    public void A_matrix_row_shows_the_share_feeling_safe()
    {
        // Out after dark: very safe 1, fairly safe 1, fairly unsafe 1, very unsafe 1 -> 50 % safe; at home by day: all 4 safe.
        var results = Sample.Results(Sample.Survey(),
        [
            Answers(feelSafe: new() { ["home-day"] = "very-safe", ["out-dark"] = "very-safe" }),
            Answers(feelSafe: new() { ["home-day"] = "very-safe", ["out-dark"] = "fairly-safe" }),
            Answers(feelSafe: new() { ["home-day"] = "fairly-safe", ["out-dark"] = "fairly-unsafe" }),
            Answers(feelSafe: new() { ["home-day"] = "fairly-safe", ["out-dark"] = "very-unsafe" }),
        ]);

        var matrix = results.Questions.Single(q => q.QuestionId == "feel-safe").County.Matrix!;
        Assert.Equal(100.0m, matrix.Single(r => r.Code == "home-day").Agreement.AgreePercent);
        Assert.Equal(new AgreementFigure(50.0m, 50.0m, 0.0m), matrix.Single(r => r.Code == "out-dark").Agreement);
    }

    [Fact]
    public void Numbers_give_count_mean_minimum_and_maximum()
    {
        var results = Sample.Results(Sample.Survey(), [Answers(years: 2), Answers(years: 10), Answers(years: 30)]);

        Assert.Equal(new NumberFigure(3, 14.00m, 2, 30), results.Questions.Single(q => q.QuestionId == "years-lived").County.Number);
    }

    [Fact]
    public void A_group_of_fewer_than_five_is_withheld_and_so_is_the_next_smallest_so_it_cannot_be_subtracted_from_the_county()
    {
        // Urban 20, rural 3: rural is withheld by the shared control, and urban with it (county 23 minus urban would give rural).
        var responses = Enumerable.Repeat("urban", 20).Concat(Enumerable.Repeat("rural", 3))
            .Select(area => new Dictionary<string, Answer?>(Answers(know: "yes")) { ["area-type"] = new Answer(Choice: area) }).ToList();

        var results = Sample.Results(Sample.Survey(), responses);

        var question = results.Questions.Single(q => q.QuestionId == "know-how-to-report-asb");
        Assert.Equal([("urban", true), ("rural", true)], question.ByAreaType.Select(g => (g.Group, g.Suppressed)));
        Assert.All(question.ByAreaType, g => Assert.Null(g.Figures));
        Assert.Equal(23, question.County.Answered);
    }

    [Fact]
    public void Districts_nobody_answered_from_are_listed_and_withheld_like_small_ones()
    {
        // Broadland 15, Norwich 12, Breckland 3: Breckland and the four districts with nobody (0) are withheld; with five
        // withheld cells none of them can be worked out, so Norwich is shown.
        var responses = Enumerable.Repeat("broadland", 15).Concat(Enumerable.Repeat("norwich", 12)).Concat(Enumerable.Repeat("breckland", 3))
            .Select(d => Answers(know: "yes", district: d)).ToList();

        var byDistrict = Sample.Results(Sample.Survey(), responses).Questions.Single(q => q.QuestionId == "know-how-to-report-asb").ByDistrict;

        Assert.Equal(
            [
                ("breckland", true), ("broadland", false), ("great-yarmouth", true), ("kings-lynn-west-norfolk", true), ("north-norfolk", true),
                ("norwich", false), ("south-norfolk", true),
            ],
            byDistrict.Select(g => (g.Group, g.Suppressed)));
    }

    [Fact]
    public void A_group_of_five_to_nine_shows_no_percentages_but_costs_no_other_group_its_figures()
    {
        var responses = Enumerable.Repeat("broadland", 15).Concat(Enumerable.Repeat("norwich", 12)).Concat(Enumerable.Repeat("breckland", 7))
            .Select(d => Answers(know: "yes", district: d)).ToList();

        var byDistrict = Sample.Results(Sample.Survey(), responses).Questions.Single(q => q.QuestionId == "know-how-to-report-asb").ByDistrict;

        Assert.Equal(["breckland", "great-yarmouth", "kings-lynn-west-norfolk", "north-norfolk", "south-norfolk"], byDistrict.Where(g => g.Suppressed).Select(g => g.Group));
    }

    [Fact]
    public void A_breakdown_lists_those_who_did_not_say_last()
    {
        var responses = Enumerable.Repeat<string?>("norwich", 10).Concat(Enumerable.Repeat<string?>(null, 10))
            .Select(d => Answers(know: "no", district: d)).ToList();

        var byDistrict = Sample.Results(Sample.Survey(), responses).Questions.Single(q => q.QuestionId == "know-how-to-report-asb").ByDistrict;

        Assert.Equal(("not-given", false), (byDistrict[^1].Group, byDistrict[^1].Suppressed));
        Assert.Equal(100.0m, byDistrict.Single(g => g.Group == "norwich").Figures!.Options!.Single(o => o.Code == "no").Percent);
    }

    [Fact]
    public void A_wave_is_compared_with_the_previous_one_by_question_id()
    {
        // Previous wave: 3 of 5 know how to report ASB (60 %); this wave 4 of 5 (80 %).
        var previousSurvey = Sample.Survey();
        var previous = Sample.Results(previousSurvey, new[] { "yes", "yes", "yes", "no", "no" }.Select(k => Answers(know: k)));
        var current = Sample.Survey(previousSurvey.Id);

        var results = Sample.Results(current, new[] { "yes", "yes", "yes", "yes", "no" }.Select(k => Answers(know: k)), previous);

        var yes = results.Questions.Single(q => q.QuestionId == "know-how-to-report-asb").County.Options!.Single(o => o.Code == "yes");
        Assert.Equal((80.0m, 60.0m), (yes.Percent, yes.PreviousPercent!.Value));
    }

    private static Dictionary<string, Answer?> Answers(
        string[]? interventions = null, Dictionary<string, string>? feelSafe = null, decimal? years = null, string? know = null, string? district = null)
    {
        var answers = new Dictionary<string, Answer?> { ["priorities"] = new Answer(Ranking: ["a", "b", "c"]) };
        if (interventions is not null)
        {
            answers["interventions"] = new Answer(Choices: interventions);
        }

        if (feelSafe is not null)
        {
            answers["feel-safe"] = new Answer(Rows: feelSafe);
        }

        if (years is not null)
        {
            answers["years-lived"] = new Answer(Number: years);
        }

        if (know is not null)
        {
            answers["know-how-to-report-asb"] = new Answer(Choice: know);
        }

        if (district is not null)
        {
            answers["district"] = new Answer(Choice: district);
        }

        return answers;
    }
}
