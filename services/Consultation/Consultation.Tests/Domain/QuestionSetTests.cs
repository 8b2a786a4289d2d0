using Consultation.Api.Domain;

namespace Consultation.Tests.Domain;

public class QuestionSetTests
{
    private static readonly QuestionSet Questions = new(Sample.Questions());

    public static TheoryData<string, Dictionary<string, Answer?>, string> BadResponses => new()
    {
        { "no ranking (required)", new() { ["know-how-to-report-asb"] = new Answer(Choice: "yes") }, "answers.priorities" },
        { "a partial ranking", Sample.Ranking("a", "b"), "answers.priorities" },
        { "an option ranked twice", Sample.Ranking("a", "a", "b"), "answers.priorities" },
        { "an unknown option", With("know-how-to-report-asb", new Answer(Choice: "maybe")), "answers.know-how-to-report-asb" },
        { "too many choices", With("interventions", new Answer(Choices: ["outreach", "education", "cctv"])), "answers.interventions" },
        { "a number out of range", With("years-lived", new Answer(Number: 500)), "answers.years-lived" },
        { "an unknown matrix row", With("feel-safe", new Answer(Rows: new Dictionary<string, string> { ["moon"] = "very-safe" })), "answers.feel-safe" },
        { "an unknown question", With("favourite-colour", new Answer(Choice: "blue")), "answers.favourite-colour" },
        { "a district not in Norfolk", With("district", new Answer(Choice: "ipswich")), "answers.district" },
        { "a hidden conditional question answered", With("why-not", new Answer(Text: "because")), "answers.why-not" },
        {
            "free text over its cap",
            new(Sample.Ranking("a", "b", "c")) { ["know-how-to-report-asb"] = new Answer(Choice: "no"), ["why-not"] = new Answer(Text: new string('x', 51)) },
            "answers.why-not"
        },
    };

    [Theory]
    [MemberData(nameof(BadResponses))]
    public void A_bad_answer_is_named_by_its_question(string mistake, Dictionary<string, Answer?> answers, string field)
    {
        var problems = Questions.Check(answers);

        Assert.True(problems.ContainsKey(field), $"{mistake}: expected a problem at {field}, got {string.Join(", ", problems.Keys)}");
    }

    [Fact]
    public void A_conditional_question_is_accepted_when_its_condition_is_met_and_profile_questions_are_optional()
    {
        var answers = new Dictionary<string, Answer?>(Sample.Ranking("c", "b", "a"))
        {
            ["know-how-to-report-asb"] = new Answer(Choice: "no"),
            ["why-not"] = new Answer(Text: "Never told"),
        };

        Assert.Empty(Questions.Check(answers));
    }

    [Fact]
    public void A_design_with_duplicate_ids_a_required_profile_and_a_condition_on_a_later_question_is_refused_field_by_field()
    {
        var questions = Sample.Questions();
        questions.Insert(0, new Question("early", QuestionKind.FreeText, "Early", ShowWhen: new ShowWhen("know-how-to-report-asb", ["no"])));
        questions.Add(new Question("priorities", QuestionKind.Number, "Again"));
        questions.Add(new Question("age", QuestionKind.Profile, "Age", Required: true, Profile: ProfileField.AgeBand));

        var problems = new QuestionSet(questions).Problems();

        Assert.Contains("questions[0].showWhen", problems.Keys);
        Assert.Contains("questions[10].id", problems.Keys);
        Assert.Contains("questions[11].required", problems.Keys);
    }

    [Fact]
    public void An_opened_consultation_keeps_its_questions_frozen()
    {
        var survey = Sample.Survey();
        survey.Open(Sample.Now);

        var refused = Assert.Throws<Platform.ServiceDefaults.Errors.RuleViolationException>(() => survey.Revise(survey.Details));

        Assert.Equal("questions-frozen", refused.Rule);
    }

    [Fact]
    public void Without_a_close_date_a_consultation_runs_eight_weeks()
    {
        Assert.Equal(new DateOnly(2024, 10, 28), Sample.Survey().ClosesOn);
    }

    private static Dictionary<string, Answer?> With(string id, Answer answer) => new(Sample.Ranking("a", "b", "c")) { [id] = answer };
}
