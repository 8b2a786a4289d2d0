namespace Consultation.Api.Domain;

/// <summary>
/// A consultation's questions in the order they are asked. Checks the set as a whole (unique ids, conditions that
/// point back at an earlier choice question) and a response against it (every answer fits its question, required
/// questions that are shown are answered, questions hidden by a condition are not answered).
/// </summary>
public sealed class QuestionSet
{
    public const int MaxQuestions = 80;

    public QuestionSet(IReadOnlyList<Question> questions)
    {
        Questions = questions ?? throw new ArgumentNullException(nameof(questions));
    }

    public IReadOnlyList<Question> Questions { get; }

    public Question? Find(string id) => Questions.FirstOrDefault(q => q.Id == id);

    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        if (Questions.Count is 0 or > MaxQuestions)
        {
            problems["questions"] = [$"Give between 1 and {MaxQuestions} questions."];
            return problems;
        }

        var earlier = new Dictionary<string, Question>();
        for (var i = 0; i < Questions.Count; i++)
        {
            var question = Questions[i];
            var prefix = $"questions[{i}]";
            if (question is null)
            {
                problems[prefix] = ["A question is missing."];
                continue;
            }

            foreach (var (field, problem) in question.Problems(prefix))
            {
                problems.TryAdd(field, [problem]);
            }

            if (question.Id is not null && earlier.ContainsKey(question.Id))
            {
                problems.TryAdd($"{prefix}.id", ["Question ids must be unique."]);
            }

            if (question.Kind == QuestionKind.Profile && question.Profile is { } profile
                && earlier.Values.Any(q => q.Kind == QuestionKind.Profile && q.Profile == profile))
            {
                problems.TryAdd($"{prefix}.profile", ["Each profile fact is asked once."]);
            }

            if (question.ShowWhen is { } condition
                && (!earlier.TryGetValue(condition.QuestionId ?? "", out var source)
                    || source.Kind is not (QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Profile)
                    || condition.AnyOf is not { Count: > 0 }
                    || condition.AnyOf.Any(code => !source.HasChoice(code))))
            {
                problems.TryAdd($"{prefix}.showWhen", ["Must name an earlier choice question and some of its option codes."]);
            }

            if (question.Id is not null)
            {
                earlier.TryAdd(question.Id, question);
            }
        }

        return problems;
    }

    /// <summary>Checks a response; problems are keyed <c>answers.&lt;question id&gt;</c> so the form can show them in place.</summary>
    public Dictionary<string, string[]> Check(IReadOnlyDictionary<string, Answer?> answers) => Check(answers, complete: true);

    /// <summary>Checks answers saved to finish later: each given answer must fit its question; unanswered ones may wait.</summary>
    public Dictionary<string, string[]> CheckDraft(IReadOnlyDictionary<string, Answer?> answers) => Check(answers, complete: false);

    private Dictionary<string, string[]> Check(IReadOnlyDictionary<string, Answer?> answers, bool complete)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var problems = new Dictionary<string, string[]>();
        foreach (var id in answers.Keys.Where(id => Find(id) is null))
        {
            problems[$"answers.{id}"] = ["There is no such question in this consultation."];
        }

        foreach (var question in Questions)
        {
            var field = $"answers.{question.Id}";
            var answered = answers.TryGetValue(question.Id, out var answer) && answer is not null;
            var shown = IsShown(question, answers);
            if (!shown)
            {
                if (answered)
                {
                    problems[field] = ["This question is not asked given an earlier answer."];
                }

                continue;
            }

            if (!answered)
            {
                if (question.Required && complete)
                {
                    problems[field] = ["This question needs an answer."];
                }

                continue;
            }

            if (AnswerProblem(question, answer!) is { } problem)
            {
                problems[field] = [problem];
            }
        }

        return problems;
    }

    private static bool IsShown(Question question, IReadOnlyDictionary<string, Answer?> answers)
    {
        if (question.ShowWhen is not { } condition)
        {
            return true;
        }

        if (!answers.TryGetValue(condition.QuestionId, out var earlier) || earlier is null)
        {
            return false;
        }

        var given = earlier.Choices ?? (earlier.Choice is null ? [] : [earlier.Choice]);
        return given.Any(condition.AnyOf.Contains);
    }

    private static string? AnswerProblem(Question question, Answer answer) => question.Kind switch
    {
        QuestionKind.SingleChoice or QuestionKind.Likert or QuestionKind.Profile =>
            answer.Choice is null || !question.HasChoice(answer.Choice) ? "Choose one of the listed options (choice)." : null,
        QuestionKind.MultipleChoice => MultipleProblem(question, answer.Choices),
        QuestionKind.Ranking => RankingProblem(question, answer.Ranking),
        QuestionKind.Matrix => MatrixProblem(question, answer.Rows),
        QuestionKind.Number => answer.Number is not { } number
            ? "Give a number."
            : (question.Min is { } min && number < min) || (question.Max is { } max && number > max)
                ? $"Give a number between {question.Min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"} and {question.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"}."
                : null,
        QuestionKind.FreeText => string.IsNullOrWhiteSpace(answer.Text)
            ? "Write something, or leave the question out."
            : answer.Text.Length > question.FreeTextLimit ? $"Keep it to {question.FreeTextLimit} characters." : null,
        _ => "This question cannot be answered.",
    };

    private static string? MultipleProblem(Question question, IReadOnlyList<string>? choices)
    {
        if (choices is not { Count: > 0 } || choices.Any(code => !question.HasChoice(code)) || choices.Distinct().Count() != choices.Count)
        {
            return "Choose one or more of the listed options, each once (choices).";
        }

        return question.MaxChoices is { } max && choices.Count > max ? $"Choose at most {max}." : null;
    }

    private static string? RankingProblem(Question question, IReadOnlyList<string>? ranking)
    {
        var options = question.Options ?? [];
        return ranking is null || ranking.Count != options.Count || ranking.Distinct().Count() != ranking.Count
            || ranking.Any(code => !question.HasChoice(code))
            ? $"Rank all {options.Count} options, each once, most important first (ranking)."
            : null;
    }

    private static string? MatrixProblem(Question question, IReadOnlyDictionary<string, string>? rows)
    {
        if (rows is not { Count: > 0 })
        {
            return "Answer at least one row (rows).";
        }

        var rowCodes = question.Rows ?? [];
        if (rows.Keys.Any(code => rowCodes.All(r => r.Code != code)))
        {
            return "Use the listed rows only.";
        }

        return rows.Values.Any(point => !question.HasChoice(point)) ? "Choose a listed point of the scale for each row." : null;
    }
}
